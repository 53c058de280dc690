import "server-only";
import { z } from "zod";
import type { ReviewActor } from "./actor";
import { changeReview, versionSchema } from "./change-review";
import type { Review } from "./review-state";
import { reviewStatusSchema } from "./status";

const schema = z.object({ callId: z.uuid(), status: reviewStatusSchema, expectedVersion: versionSchema });
export type SetReviewStatusInput = z.input<typeof schema>;

/** Sets the review status (not reviewed, reviewed, needs follow-up). */
export async function setReviewStatus(input: SetReviewStatusInput, by: ReviewActor): Promise<Review> {
  const { callId, status, expectedVersion } = schema.parse(input);
  return changeReview({ callId, expectedVersion }, by, "review.status_set", async (tx, current) => {
    if (current.status === status) return [];
    await tx.$executeRaw`UPDATE call_reviews SET status = ${status} WHERE call_id = ${callId}::uuid`;
    return [{ field: "status", from: current.status, to: status }];
  });
}
