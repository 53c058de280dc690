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

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAuditEvent(event: AuditEventInput, tx: Writer = getDb()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: event.action,
      actorId: event.actor.id,
      actorEmail: event.actor.email,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      details: event.details ?? {},
      ipAddress: event.origin.ipAddress,
      userAgent: event.origin.userAgent?.slice(0, 512) ?? null,
    },
  });
}
