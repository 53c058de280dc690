// The states of a call's review, and the words the product shows for them. Pure and safe in the browser.
import { z } from "zod";

export const REVIEW_STATUSES = ["not_reviewed", "reviewed", "needs_follow_up"] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES, { error: `expected one of ${REVIEW_STATUSES.join(", ")}` });
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  not_reviewed: "Not reviewed",
  reviewed: "Reviewed",
  needs_follow_up: "Needs follow-up",
};

/** The statuses that count as "reviewed" for the agreement statistics and review progress. */
export const DONE_STATUSES: readonly ReviewStatus[] = ["reviewed", "needs_follow_up"];
