// Writes one audit event. Pass the transaction of the change it records so that both commit
// together (a role change without its audit row cannot exist); reads are recorded on their own.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";

export type AuditActor = { id: string | null; email: string | null };
export type RequestOrigin = { ipAddress: string | null; userAgent: string | null };

export type AuditEventInput = {
  action: AuditAction;
  actor: AuditActor;
  origin: RequestOrigin;
  target?: { type: "call" | "user" | "export" | "delivery" | "contact"; id?: string | null };
  details?: Prisma.InputJsonObject;
};

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * One INSERT, nothing read back: every view of a call writes one, beside the page's reads, so it
 * takes the shortest path (a hand-written statement, not the ORM's create and its RETURNING).
 */
export async function recordAuditEvent(event: AuditEventInput, tx: Writer = getDb()): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO audit_events (action, actor_id, actor_email, target_type, target_id, details, ip_address, user_agent)
    VALUES (${event.action}, ${event.actor.id}, ${event.actor.email}, ${event.target?.type ?? null}, ${event.target?.id ?? null},
            ${JSON.stringify(event.details ?? {})}::jsonb, ${event.origin.ipAddress}, ${event.origin.userAgent?.slice(0, 512) ?? null})`;
}
