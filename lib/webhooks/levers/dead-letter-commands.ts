// What an admin does with a dead letter from the deliveries page, each an audit event: open its
// body, replay it through the ingestion code, or dismiss it (retention may then delete it).
import "server-only";
import { recordAuditEvent, type RequestOrigin } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { dismissDelivery, replayDelivery, type ReplayOutcome } from "./replay-delivery";

type Actor = Pick<SessionUser, "id" | "email">;

const target = (id: bigint) => ({ type: "delivery" as const, id: String(id) });

export async function openDeadLetter(id: bigint, user: Actor, origin: RequestOrigin): Promise<{ body: Uint8Array; headers: unknown }> {
  const row = await getDb().webhookDelivery.findUnique({ where: { id }, select: { deadLetter: true, body: true, headers: true } });
  if (!row?.deadLetter || !row.body) throw new ApiError(404, "not_found", "No dead letter with this id.");
  await recordAuditEvent({ action: "delivery.dead_letter_opened", actor: user, origin, target: target(id) });
  return { body: row.body, headers: row.headers };
}

export async function replayDeadLetter(id: bigint, user: Actor, origin: RequestOrigin): Promise<ReplayOutcome> {
  const outcome = await replayDelivery(id, user.email);
  await recordAuditEvent({ action: "delivery.replayed", actor: user, origin, target: target(id), details: { ...outcome } });
  return outcome;
}

export async function dismissDeadLetter(id: bigint, user: Actor, origin: RequestOrigin): Promise<boolean> {
  const dismissed = await dismissDelivery(id, user.email);
  if (dismissed) await recordAuditEvent({ action: "delivery.dismissed", actor: user, origin, target: target(id) });
  return dismissed;
}

export function describeReplay(outcome: ReplayOutcome): { ok: boolean; message: string } {
  switch (outcome.status) {
    case "replayed":
      return { ok: true, message: `Replayed: ${outcome.result}.` };
    case "already_replayed":
      return { ok: true, message: `Already replayed (${outcome.result ?? "done"}); nothing changed.` };
    case "refused":
      return { ok: false, message: `Still refused (${outcome.httpStatus} ${outcome.code}): ${outcome.message}` };
    case "not_replayable":
      return { ok: false, message: `Cannot be replayed: ${outcome.reason}.` };
  }
}
