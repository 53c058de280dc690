// The section's headline figures: the share of calls reviewed and the agreement rates, each with
// its numerator and denominator and its definition, as the page's other figures are.
import type { RatioView, ReviewStatsView } from "@/lib/reviews/stats-view";
import { FigureCard } from "./figure-card";

export function ReviewFigures({ view }: { view: ReviewStatsView }) {
  const figures: [string, string, RatioView][] = [
    ["coverage", "Calls reviewed", view.coverage],
    ["outcome-agreement", "Outcome agreement", view.outcome.agreement],
    ["sentiment-agreement", "Sentiment agreement", view.sentiment.agreement],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {figures.map(([key, label, figure]) => (
        <FigureCard key={key} figureKey={key} label={label} value={figure.value} detail={figure.detail} definition={figure.definition} />
      ))}
    </dl>
  );
}
