// The headline figures: value, change against the previous period, and what it is made of.
import Link from "next/link";
import type { Figure } from "@/lib/analytics/figures";
import { formatChange, formatCount, formatPercent, formatSeconds } from "@/lib/analytics/format";

function formatValue(figure: Figure): string {
  if (figure.format === "count") return figure.value === null ? figure.detail : formatCount(figure.value);
  if (figure.format === "seconds") return formatSeconds(figure.value, figure.detail);
  return formatPercent(figure.value, figure.detail);
}

export function HeadlineFigures({ figures, comparedWith }: { figures: Figure[]; comparedWith: string | null }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {figures.map((figure) => {
        const change = formatChange(figure.change);
        return (
          <div key={figure.key} data-figure={figure.key} className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-xs font-medium text-muted">{figure.label}</dt>
            <dd className="mt-1 flex items-baseline gap-2">
              <span data-value className="text-2xl font-semibold tabular-nums">
                {figure.href ? <Link href={figure.href} className="hover:underline">{formatValue(figure)}</Link> : formatValue(figure)}
              </span>
              {change && (
                <span className="text-xs tabular-nums text-muted" title={comparedWith ? `against ${comparedWith}` : undefined}>
                  {change}
                </span>
              )}
            </dd>
            <dd className="mt-1 text-xs text-muted">
              <span data-detail>{figure.detail}</span>
              <span className="block">= {figure.definition}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
