// The other headline figures: value, change against the previous period, and what it is made of.
import Link from "next/link";
import type { FigureView } from "@/lib/analytics/figure-view";
import { FigureChange } from "./figure-change";

export function HeadlineFigures({ figures }: { figures: FigureView[] }) {
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {figures.map((figure) => (
          <div key={figure.key} data-figure={figure.key} className="min-w-0 rounded-lg border border-border bg-surface p-3">
            <dt className="text-xs font-medium text-muted">{figure.label}</dt>
            <dd className="mt-1 flex flex-wrap items-baseline gap-x-2">
              <span data-value className="text-xl font-semibold tabular-nums">
                {figure.href ? <Link href={figure.href} className="hover:underline">{figure.value}</Link> : figure.value}
              </span>
              <FigureChange change={figure.change} previous={figure.previous} />
            </dd>
            <dd className="mt-1 text-xs text-muted">
              <span data-detail>{figure.detail}</span>
              <span className="block">= {figure.definition}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted">
        Changes are against the previous period: <span className="text-good">green</span> is better, <span className="text-bad">red</span> is worse, grey where
        neither way is better.
      </p>
    </div>
  );
}
