import "server-only";
// The one way a review's own fields (status, corrections, assignee) change: in one transaction,
// lock the review row (made at version 0 on a call's first change), refuse a stale
// `expectedVersion` with the current review, apply the change, add one to the version, and write
// the history rows and the audit event with it. A change that changes nothing writes nothing.
import { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanReview, auditActor, type ReviewActor } from "./actor";
import { callNotFound, ReviewConflictError } from "./errors";
import { readReview, type Review } from "./review-state";

export type Tx = Prisma.TransactionClient;
export type ReviewField = "status" | "outcome" | "sentiment" | "promise" | "assignee" | "tag" | "note";
/** One changed field, as the history and the audit event record it (labels as keys, users as ids). */
export type FieldChange = { field: ReviewField; from: string | null; to: string | null; detail?: string | null };

export const versionSchema = z.number({ error: "expectedVersion: the review's version as last read" }).int().min(0);

export async function insertChanges(tx: Tx, callId: string, actorId: string, changes: FieldChange[]): Promise<void> {
  for (const change of changes) {
    await tx.$executeRaw`
      INSERT INTO call_review_changes (call_id, actor_id, field, from_value, to_value, detail)
      VALUES (${callId}::uuid, ${actorId}, ${change.field}, ${change.from}, ${change.to}, ${change.detail ?? null})`;
  }
}

export const auditDetails = (changes: FieldChange[]): Prisma.InputJsonObject => ({
  changes: changes.map(({ field, from, to, detail }) => ({ field, from, to, detail: detail ?? null })),
});

export async function changeReview(
  { callId, expectedVersion }: { callId: string; expectedVersion: number },
  by: ReviewActor,
  action: AuditAction,
  apply: (tx: Tx, current: Review) => Promise<FieldChange[]>,
): Promise<Review> {
  assertCanReview(by);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO call_reviews (call_id) SELECT id FROM calls WHERE id = ${callId}::uuid ON CONFLICT (call_id) DO NOTHING`;
    const locked = await tx.$queryRaw<unknown[]>`SELECT 1 FROM call_reviews WHERE call_id = ${callId}::uuid FOR UPDATE`;
    const current = locked.length ? await readReview(callId, tx) : null;
    if (!current) throw callNotFound();
    if (current.version !== expectedVersion) throw new ReviewConflictError(current);
    const changes = await apply(tx, current);
    if (changes.length === 0) return current;
    await tx.$executeRaw`
      UPDATE call_reviews SET version = version + 1, updated_by = ${by.user.id}, updated_at = now() WHERE call_id = ${callId}::uuid`;
    await insertChanges(tx, callId, by.user.id, changes);
    await recordAuditEvent({ action, actor: auditActor(by), origin: by.origin, target: { type: "call", id: callId }, details: auditDetails(changes) }, tx);
    const changed = await readReview(callId, tx);
    if (!changed) throw callNotFound();
    return changed;
  });
}

/** A change of status to "reviewed" for a call not yet reviewed (corrections count as a review). */
export async function markReviewedIfNew(tx: Tx, current: Review): Promise<FieldChange[]> {
  if (current.status !== "not_reviewed") return [];
  await tx.$executeRaw`UPDATE call_reviews SET status = 'reviewed' WHERE call_id = ${current.callId}::uuid`;
  return [{ field: "status", from: "not_reviewed", to: "reviewed" }];
}
