import "server-only";
// Corrections of the AI's outcome or sentiment. The label goes on the calls row (reviewed_*),
// where the generated effective keys, their indexes and the roll-up's trigger pick it up; reason,
// author and time go on the review. A correction of a call not yet reviewed also marks it reviewed.
import { z } from "zod";
import { boundLabel } from "@/lib/calls/label-key";
import { normalizeLabel } from "@/lib/calls/outcome";
import { ApiError } from "@/lib/http/errors";
import type { ReviewActor } from "./actor";
import { changeReview, markReviewedIfNew, versionSchema, type Tx } from "./change-review";
import type { Review } from "./review-state";

const noNul = (text: string) => !text.includes("\u0000");
const correctionSchema = z.object({
  callId: z.uuid(),
  label: z.string().trim().min(1, "Choose or type the right label.").max(128).refine(noNul).refine((label) => normalizeLabel(label) !== null, "The label needs a letter or a digit."),
  reason: z.string().trim().min(1, "Say why the label is wrong: a reason is required.").max(1000).refine(noNul),
  expectedVersion: versionSchema,
});
export type CorrectionInput = z.input<typeof correctionSchema>;

const clearSchema = z.object({ callId: z.uuid(), field: z.enum(["outcome", "sentiment"]), expectedVersion: versionSchema });
export type ClearCorrectionInput = z.input<typeof clearSchema>;

type Field = "outcome" | "sentiment";

async function writeCorrection(tx: Tx, field: Field, callId: string, label: string | null, key: string | null, reason: string | null, userId: string | null) {
  if (field === "outcome") {
    await tx.$executeRaw`UPDATE calls SET reviewed_outcome = ${label}, reviewed_outcome_key = ${key} WHERE id = ${callId}::uuid`;
    await tx.$executeRaw`
      UPDATE call_reviews SET outcome_reason = ${reason}, outcome_corrected_by = ${userId},
        outcome_corrected_at = CASE WHEN ${key}::text IS NULL THEN NULL ELSE now() END
      WHERE call_id = ${callId}::uuid`;
  } else {
    await tx.$executeRaw`UPDATE calls SET reviewed_sentiment = ${label}, reviewed_sentiment_key = ${key} WHERE id = ${callId}::uuid`;
    await tx.$executeRaw`
      UPDATE call_reviews SET sentiment_reason = ${reason}, sentiment_corrected_by = ${userId},
        sentiment_corrected_at = CASE WHEN ${key}::text IS NULL THEN NULL ELSE now() END
      WHERE call_id = ${callId}::uuid`;
  }
}

async function correct(field: Field, input: CorrectionInput, by: ReviewActor): Promise<Review> {
  const { callId, label, reason, expectedVersion } = correctionSchema.parse(input);
  const key = boundLabel(normalizeLabel(label));
  const action = field === "outcome" ? "review.outcome_corrected" : "review.sentiment_corrected";
  return changeReview({ callId, expectedVersion }, by, action, async (tx, current) => {
    const { ai, correction, effective } = current[field];
    if (key === ai.key) {
      throw new ApiError(422, "invalid_payload", `That is the AI's ${field} already: mark the call reviewed to keep it, or clear the correction.`);
    }
    if (correction && correction.key === key && correction.label === label && correction.reason === reason) return [];
    await writeCorrection(tx, field, callId, label, key, reason, by.user.id);
    return [{ field, from: effective.key, to: key, detail: reason }, ...(await markReviewedIfNew(tx, current))];
  });
}

/** Corrects the outcome: `label` one of the known outcomes or any other; `reason` required. */
export const correctOutcome = (input: CorrectionInput, by: ReviewActor) => correct("outcome", input, by);

/** Corrects the sentiment, like correctOutcome. */
export const correctSentiment = (input: CorrectionInput, by: ReviewActor) => correct("sentiment", input, by);

/** Removes the correction of the outcome or the sentiment: the AI's label counts again. */
export async function clearCorrection(input: ClearCorrectionInput, by: ReviewActor): Promise<Review> {
  const { callId, field, expectedVersion } = clearSchema.parse(input);
  return changeReview({ callId, expectedVersion }, by, "review.correction_cleared", async (tx, current) => {
    const { ai, correction } = current[field];
    if (!correction) return [];
    await writeCorrection(tx, field, callId, null, null, null, null);
    return [{ field, from: correction.key, to: ai.key, detail: "correction cleared" }];
  });
}
