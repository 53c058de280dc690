// Whether a call has a payment promise to show the terms of: its effective outcome is a promise
// (what the figures count), or a reviewer corrected its terms. Pure: the page and the panel use it.
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import type { Review } from "./review-state";

export const showsPromise = (review: Pick<Review, "outcome" | "promise">): boolean =>
  review.outcome.effective.key === OUTCOME_KEYS.paymentPromise || review.promise.correction !== null;
