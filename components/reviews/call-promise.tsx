import "server-only";
// The call page's payment promise, for every role that reads the call: the amount and date that
// count (a reviewer's correction, else what the AI's texts state). Nothing for a call that is no
// promise and whose terms nobody corrected.
import type { Review } from "@/lib/reviews/review-state";
import { showsPromise } from "@/lib/reviews/promise-shown";
import { PromiseTermsLine } from "./promise-terms-line";

/** `review`: the call's readReview, started with the page's other reads (the panel shows the same one). */
export async function CallPromise({ review: pending }: { review: Promise<Review | null> }) {
  const review = await pending;
  if (!review || !showsPromise(review)) return null;
  return (
    <section aria-labelledby="call-promise" className="min-w-0 rounded-lg border border-border bg-surface p-4">
      <h2 id="call-promise" className="mb-1 font-semibold">Payment promise</h2>
      <PromiseTermsLine promise={review.promise} />
    </section>
  );
}
