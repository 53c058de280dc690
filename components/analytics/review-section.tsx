// "How right is the AI": among the reviewed calls of the page's filters and period, how often the
// reviewer kept the AI's label (agreement), per AI label (precision), the confusion matrix, and,
// for managers and admins, the reviews per reviewer. An agent sees only their own reviews.
import type { ReviewStatsView } from "@/lib/reviews/stats-view";
import { ChartCard, EmptyChart } from "./chart-card";
import { ReviewFigures } from "./review-figures";
import { ReviewLabelCard } from "./review-label-card";
import { ReviewersChart } from "./review-reviewers-chart";

export function ReviewSection({ view }: { view: ReviewStatsView }) {
  const { reviewers } = view;
  const per = reviewers.grain;
  const title = reviewers.scope === "everyone" ? `Reviews per reviewer per ${per}` : `Your reviews per ${per}`;
  return (
    <section aria-labelledby="review-stats-title" data-section="review-stats" className="space-y-4">
      <div>
        <h2 id="review-stats-title" className="text-lg font-semibold">How right is the AI</h2>
        <p className="text-sm text-muted">
          The calls of these filters and this period that a reviewer marked reviewed or needs follow-up, compared with the AI&apos;s labels.
        </p>
      </div>
      <ReviewFigures view={view} />
      {view.empty ? (
        <p role="status" data-review-empty className="rounded-lg border border-border bg-surface px-4 py-6 text-center text-sm text-muted">
          No reviewed calls in this period yet: review calls to see how often the AI is right.
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <ReviewLabelCard view={view.outcome} />
          <ReviewLabelCard view={view.sentiment} />
        </div>
      )}
      <ChartCard id="reviewers" title={title} definition={`${capitalise(reviewers.definition)}.${reviewers.scope === "own" ? " Only managers and admins see other reviewers." : ""}`}
        table={reviewers.table}>
        {reviewers.total === 0 ? (
          <EmptyChart>No reviews made in this period.</EmptyChart>
        ) : (
          <ReviewersChart points={reviewers.points} keys={reviewers.keys} config={reviewers.config} />
        )}
      </ChartCard>
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
