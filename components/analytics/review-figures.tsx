// The section's headline figures: the share of calls reviewed and the agreement rates, each with
// its numerator and denominator and its definition, as the page's other figures are.
import type { RatioView, ReviewStatsView } from "@/lib/reviews/stats-view";

export function ReviewFigures({ view }: { view: ReviewStatsView }) {
  const figures: [string, string, RatioView][] = [
    ["coverage", "Calls reviewed", view.coverage],
    ["outcome-agreement", "Outcome agreement", view.outcome.agreement],
    ["sentiment-agreement", "Sentiment agreement", view.sentiment.agreement],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {figures.map(([key, label, figure]) => (
        <div key={key} data-figure={key} className="min-w-0 rounded-lg border border-border bg-surface p-3">
          <dt className="text-xs font-medium text-muted">{label}</dt>
          <dd data-value className="mt-1 text-xl font-semibold tabular-nums">{figure.value}</dd>
          <dd className="mt-1 text-xs text-muted">
            <span data-detail>{figure.detail}</span>
            <span className="block">= {figure.definition}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
