import "server-only";
// Replaying and dismissing dead letters (dead-letters.ts). A replay runs the stored body through
// the same code as a live delivery (processVerifiedDelivery) under its original svix-id and
// svix-timestamp, so it is idempotent: a call stored by an earlier replay, or by a later retry of
// Svix's, is found by its svix-id and not stored again. The signature is not checked again: a dead
// letter is only ever stored after it held (and its timestamp is by now outside the tolerance).
// Authorisation and auditing belong to the caller, which passes the acting user's id.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { toApiError } from "@/lib/http/errors";
import type { DeadLetterState } from "./dead-letters";
import { processVerifiedDelivery } from "./process-delivery";

export type ReplayOutcome =
  | { status: "replayed"; result: string; callId: string | null }
  | { status: "already_replayed"; result: string | null; callId: string | null }
  | { status: "refused"; httpStatus: number; code: string; message: string; correlationId: string | null }
  | { status: "not_replayable"; reason: string };

const headersSchema = z.object({ "svix-id": z.string().min(1) }).loose();

async function findDeadLetter(deliveryId: bigint) {
  return getDb().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, deadLetter: true, headers: true, body: true, bodyBytes: true, svixTimestamp: true, replayResult: true, callId: true },
  });
}

/** Replays dead letter `deliveryId`; marks it replayed (by `actingUserId`) when it is now stored. */
export async function replayDelivery(deliveryId: bigint, actingUserId: string): Promise<ReplayOutcome> {
  const row = await findDeadLetter(deliveryId);
  if (!row || row.deadLetter === null) return { status: "not_replayable", reason: "no dead letter with this id" };
  if (row.deadLetter === "replayed") return { status: "already_replayed", result: row.replayResult, callId: row.callId };
  if (row.deadLetter === "dismissed") return { status: "not_replayable", reason: "this dead letter was dismissed" };
  const headers = headersSchema.safeParse(row.headers);
  if (!headers.success || !row.body || !row.svixTimestamp) return { status: "not_replayable", reason: "its headers or body were not kept" };
  if (row.bodyBytes !== null && row.bodyBytes > row.body.byteLength) {
    return { status: "not_replayable", reason: `only the first ${row.body.byteLength} of its ${row.bodyBytes} bytes were kept (it was over the size limit)` };
  }
  let answer;
  try {
    answer = await processVerifiedDelivery({ svixId: headers.data["svix-id"], svixTimestamp: row.svixTimestamp, bytes: row.body });
  } catch (error) {
    const refusal = toApiError(error);
    const correlationId = typeof refusal.details.correlationId === "string" ? refusal.details.correlationId : null;
    return { status: "refused", httpStatus: refusal.status, code: refusal.code, message: refusal.message, correlationId };
  }
  const result = "ignored" in answer ? "ignored" : answer.result;
  const callId = "ignored" in answer ? null : answer.callId;
  // Only the first of two concurrent replays marks the row; both stored (at most) one call.
  await getDb().webhookDelivery.updateMany({
    where: { id: row.id, deadLetter: "open" },
    data: { deadLetter: "replayed" satisfies DeadLetterState, replayedAt: new Date(), replayedBy: actingUserId, replayResult: result, callId },
  });
  return { status: "replayed", result, callId };
}

/** Dismisses an open dead letter (by `actingUserId`): retention may then delete it. False if it was not open. */
export async function dismissDelivery(deliveryId: bigint, actingUserId: string): Promise<boolean> {
  const { count } = await getDb().webhookDelivery.updateMany({
    where: { id: deliveryId, deadLetter: "open" },
    data: { deadLetter: "dismissed" satisfies DeadLetterState, dismissedAt: new Date(), dismissedBy: actingUserId },
  });
  return count === 1;
}
