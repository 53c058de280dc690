// An event done by the signed-in user of this request (a page view, an export): actor and origin
// are taken from the session and the request headers.
import "server-only";
import { requestOrigin } from "@/lib/auth/request-origin";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";
import { recordAuditEvent, type AuditEventInput } from "./record-audit-event";

export async function recordUserEvent(
  user: Pick<SessionUser, "id" | "email">,
  headers: Headers,
  action: AuditAction,
  target?: AuditEventInput["target"],
  details?: Prisma.InputJsonObject,
): Promise<void> {
  await recordAuditEvent({ action, actor: { id: user.id, email: user.email }, origin: requestOrigin(headers), target, details });
}
