import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/http/errors";
import type { ReviewActor } from "./actor";
import { changeReview, versionSchema, type Tx } from "./change-review";
import type { Review } from "./review-state";

const assignSchema = z.object({ callId: z.uuid(), assigneeId: z.string().min(1).max(64), expectedVersion: versionSchema });
const unassignSchema = z.object({ callId: z.uuid(), expectedVersion: versionSchema });
export type AssignInput = z.input<typeof assignSchema>;
export type UnassignInput = z.input<typeof unassignSchema>;

/** Refuses anyone but an active user (read under a share lock, so they cannot be deactivated meanwhile). */
export async function assertActiveUser(tx: Tx, userId: string): Promise<void> {
  const found = await tx.$queryRaw<unknown[]>`SELECT 1 FROM users WHERE id = ${userId} AND active FOR SHARE`;
  if (found.length === 0) throw new ApiError(422, "invalid_payload", "Calls can only be assigned to an active user.");
}

/** Assigns the call to a user ("assign to me": the reviewer's own id). */
export async function assignReview(input: AssignInput, by: ReviewActor): Promise<Review> {
  const { callId, assigneeId, expectedVersion } = assignSchema.parse(input);
  return changeReview({ callId, expectedVersion }, by, "review.assigned", async (tx, current) => {
    if (current.assignee?.id === assigneeId) return [];
    await assertActiveUser(tx, assigneeId);
    await tx.$executeRaw`UPDATE call_reviews SET assignee_id = ${assigneeId} WHERE call_id = ${callId}::uuid`;
    return [{ field: "assignee", from: current.assignee?.id ?? null, to: assigneeId }];
  });
}

export async function unassignReview(input: UnassignInput, by: ReviewActor): Promise<Review> {
  const { callId, expectedVersion } = unassignSchema.parse(input);
  return changeReview({ callId, expectedVersion }, by, "review.unassigned", async (tx, current) => {
    if (!current.assignee) return [];
    await tx.$executeRaw`UPDATE call_reviews SET assignee_id = NULL WHERE call_id = ${callId}::uuid`;
    return [{ field: "assignee", from: current.assignee.id, to: null }];
  });
}
