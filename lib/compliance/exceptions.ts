import "server-only";
// A reviewer's mark that a flagged call was allowed (prior consent, a call the consumer asked for,
// a call to their attorney: nothing the call data shows). The mark and its audit event commit together.
import { z } from "zod";
import { recordAuditEvent, type AuditActor, type RequestOrigin } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db";

export const exceptionInputSchema = z.object({
  callId: z.uuid({ error: "No such call." }),
  reason: z.string().trim().min(3, { error: "Give the reason (at least 3 characters)." }).max(500, { error: "At most 500 characters." }),
});

type Actor = { id: string; email: string };
const actorOf = (user: Actor): AuditActor => ({ id: user.id, email: user.email });

/** false when the call is not flagged (nothing to except). */
export async function markCallingException(input: z.infer<typeof exceptionInputSchema>, user: Actor, origin: RequestOrigin): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const flagged = await tx.callingRuleFlag.findUnique({ where: { callId: input.callId }, select: { callId: true } });
    if (!flagged) return false;
    await tx.callingRuleException.upsert({
      where: { callId: input.callId },
      create: { callId: input.callId, reason: input.reason, markedBy: user.id, markedEmail: user.email },
      update: { reason: input.reason, markedBy: user.id, markedEmail: user.email, markedAt: new Date() },
    });
    await recordAuditEvent({ action: "compliance.exception_marked", actor: actorOf(user), origin, target: { type: "call", id: input.callId }, details: { reason: input.reason } }, tx);
    return true;
  });
}

export async function removeCallingException(callId: string, user: Actor, origin: RequestOrigin): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.callingRuleException.deleteMany({ where: { callId } });
    if (count === 0) return false;
    await recordAuditEvent({ action: "compliance.exception_removed", actor: actorOf(user), origin, target: { type: "call", id: callId } }, tx);
    return true;
  });
}
