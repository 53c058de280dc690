// Outcome or sentiment: the precision of each AI label as bars, and the confusion matrix behind a
// disclosure (a real table; each non-zero cell opens exactly its calls).
import type { LabelView } from "@/lib/reviews/stats-view";
import { colourOf } from "@/lib/calls/palette";
import { BarList } from "./bar-list";
import { ChartCard } from "./chart-card";
import { ReviewMatrix } from "./review-matrix";

export function ReviewLabelCard({ view }: { view: LabelView }) {
  const { kind } = view;
  return (
    <ChartCard id={`review-${kind}`} title={`Precision per AI ${kind}`}
      definition={`For each ${kind} the AI gave: of the reviewed calls it gave it to, the share the reviewer kept (kept ÷ reviewed). Click a bar for the kept calls.`}>
      <BarList rows={view.precision} colourOf={colourOf} label={`Precision per AI ${kind}`} swatch />
      <details className="mt-3 text-sm" data-matrix={kind}>
        <summary className="cursor-pointer text-xs text-muted hover:text-foreground">
          Confusion matrix: AI {kind} × reviewed {kind}
        </summary>
        <p className="mt-2 text-xs text-muted">
          Reviewed calls per AI {kind} (rows) and the {kind} after review (columns); the diagonal is agreement. Click a number for those calls.
        </p>
        <ReviewMatrix matrix={view.matrix} kind={kind} />
      </details>
    </ChartCard>
  );
}
