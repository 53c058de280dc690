// The figure managers come for: the payment-promise rate, larger than the others, with its trend
// and the previous period's value beside it.
import Link from "next/link";
import type { FigureView } from "@/lib/analytics/figure-view";
import type { LinePoint } from "@/lib/analytics/line-points";
import { FigureChange } from "./figure-change";
import { PromiseSparkline } from "./promise-sparkline";

type Props = { figure: FigureView; trend: LinePoint[]; per: string; previousPeriod: string | null };

export function PromiseHeadline({ figure, trend, per, previousPeriod }: Props) {
  const partial = trend.some((p) => p.partial);
  return (
    <section
      aria-labelledby="headline-title"
      data-figure={figure.key}
      className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:p-5 md:grid-cols-[minmax(0,auto)_minmax(0,1fr)] md:items-center md:gap-8"
    >
      <div className="min-w-0">
        <h2 id="headline-title" className="text-sm font-medium text-muted">{figure.label}</h2>
        <p className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span data-value className="text-5xl font-semibold tracking-tight tabular-nums">
            {figure.href ? <Link href={figure.href} className="hover:underline">{figure.value}</Link> : figure.value}
          </span>
          <FigureChange change={figure.change} large />
        </p>
        <p data-previous className="mt-1 text-sm text-muted">
          {figure.previous === null ? (
            "No previous period to compare with"
          ) : (
            <>
              Previous period{previousPeriod ? ` (${previousPeriod})` : ""}: <span className="font-medium text-foreground tabular-nums">{figure.previous}</span>
            </>
          )}
        </p>
        <p className="mt-2 text-xs text-muted">
          <span data-detail>{figure.detail}</span> · {figure.definition}
        </p>
      </div>
      <div className="w-full min-w-0 md:max-w-xl md:justify-self-end">
        <PromiseSparkline points={trend} />
        {trend.length > 1 && (
          <p aria-hidden className="flex justify-between gap-2 text-[11px] text-muted">
            <span>{trend[0]!.label}</span>
            <span>{trend[trend.length - 1]!.label}</span>
          </p>
        )}
        <p className="mt-1 text-xs text-muted">Trend per {per}{partial ? `; dashed: partial ${per}` : ""}. The chart below has every {per}.</p>
      </div>
    </section>
  );
}
