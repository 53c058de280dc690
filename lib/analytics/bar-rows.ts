// The rows of the bar lists (outcomes, sentiments, projects) and the duration columns: each with
// its count written beside the bar, so a project with one call never looks like the best one.
import type { ProjectRate, Slice } from "./distributions";
import type { DurationBin } from "./durations";
import { formatCalls, formatCount, formatPercent } from "./format";

export type BarRow = {
  key: string;
  label: string;
  /** The bar's length, 0 to 1; null: no bar (nothing to compute it from). */
  fill: number | null;
  /** Written beside the bar: "94 · 34.1%", "37.5% · 8 calls". */
  valueText: string;
  /** The numbers in a sentence, for the tooltip and screen readers. */
  detail: string;
  href: string | null;
};

/** Calls per outcome or sentiment: the longest bar is the most frequent value. */
export function sliceBarRows(slices: Slice[]): BarRow[] {
  const total = slices.reduce((sum, s) => sum + s.calls, 0);
  const most = Math.max(0, ...slices.map((s) => s.calls));
  return slices.map((s) => ({
    key: s.key,
    label: s.label,
    fill: most ? s.calls / most : 0,
    valueText: `${formatCount(s.calls)} · ${formatPercent(s.share)}`,
    detail: `${formatCalls(s.calls)}, ${formatPercent(s.share)} of ${formatCount(total)}`,
    href: s.href,
  }));
}

/** The promise rate per project, on a 0-100 % scale, with the delivered calls it is a rate of. */
export function projectBarRows(projects: ProjectRate[]): BarRow[] {
  return projects.map((p) => ({
    key: p.projectId ?? "none",
    label: p.label,
    fill: p.rate,
    valueText: p.rate === null ? "no delivered calls" : `${formatPercent(p.rate)} · ${formatCalls(p.delivered, "delivered call")}`,
    detail: `${formatCount(p.promises)} ${p.promises === 1 ? "promise" : "promises"} of ${formatCalls(p.delivered, "delivered call")} (${formatCalls(p.calls)} in all)`,
    href: p.href,
  }));
}

export type DurationColumn = BarRow & { calls: number; /** The axis label in lines: ["30s–", "1m"]. */ tick: string[] };

/** Calls per duration bin, the count on each column; the axis label breaks after its dash. */
export function durationColumns(bins: DurationBin[]): DurationColumn[] {
  const total = bins.reduce((sum, b) => sum + b.calls, 0);
  const most = Math.max(0, ...bins.map((b) => b.calls));
  return bins.map((b) => ({
    key: b.key,
    label: b.label,
    calls: b.calls,
    fill: most ? b.calls / most : 0,
    valueText: formatCount(b.calls),
    detail: total ? `${formatCalls(b.calls)}, ${formatPercent(b.calls / total)} of ${formatCalls(total)} with a duration` : "no calls",
    href: b.href,
    tick: b.label.includes("–") ? [`${b.label.split("–")[0]}–`, b.label.split("–")[1]!] : [b.label],
  }));
}
