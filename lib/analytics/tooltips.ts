// What the tooltips of the charts over time say: the period, the numbers behind it in words with
// the right plural ("1 call", not "1 calls"), and whether the period is partial.
import type { Grain } from "./grain";
import { formatCalls, formatCount, formatPercent } from "./format";
import type { OutcomeCountsPoint, PromiseRatePoint } from "./series";

export type TooltipText = { title: string; value: string; footer: string[] };

export function promiseRateTooltip(point: PromiseRatePoint): TooltipText {
  const promises = `${formatCount(point.promises)} ${point.promises === 1 ? "promise" : "promises"}`;
  return {
    title: point.label,
    value: formatPercent(point.rate, "no delivered calls"),
    footer: [
      `${promises} of ${formatCalls(point.delivered, "delivered call")} (${formatCalls(point.calls)} in all)`,
      ...(point.partialNote ? [point.partialNote] : []),
    ],
  };
}

export function outcomesTooltip(point: OutcomeCountsPoint): TooltipText {
  return {
    title: point.label,
    value: formatCalls(point.total),
    footer: [point.total ? formatCalls(point.total) : "no calls", ...(point.partialNote ? [point.partialNote] : [])],
  };
}

/** "per week (Monday to Sunday)", for a chart's definition. */
export function perGrain(grain: Grain): string {
  return grain === "week" ? "week (Monday to Sunday)" : grain;
}

/** What a chart's legend says of its partial periods, or null when it has none. */
export function partialLegend(points: { partial: boolean }[], grain: Grain, drawn: "lighter" | "dashed"): string | null {
  if (!points.some((p) => p.partial)) return null;
  const what = `partial ${grain}s (cut by the range, or not over yet)`;
  return drawn === "lighter"
    ? `Lighter, hatched bars: ${what}; their totals are not comparable with a whole ${grain}'s.`
    : `Dashed line, hollow points: ${what}; their rate rests on fewer calls.`;
}
