// One headline figure: its name, its value (and whatever goes beside it, such as the change), and
// what it is made of with its definition. Shared by the page's figures and the review section's.
import type { ReactNode } from "react";

type Props = { figureKey: string; label: string; value: ReactNode; beside?: ReactNode; detail: ReactNode; definition: ReactNode };

export function FigureCard({ figureKey, label, value, beside, detail, definition }: Props) {
  return (
    <div data-figure={figureKey} className="min-w-0 rounded-lg border border-border bg-surface p-3">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-1 flex flex-wrap items-baseline gap-x-2">
        <span data-value className="text-xl font-semibold tabular-nums">{value}</span>
        {beside}
      </dd>
      <dd className="mt-1 text-xs text-muted">
        <span data-detail>{detail}</span>
        <span className="block">= {definition}</span>
      </dd>
    </div>
  );
}
