// Every chart's numbers as a table ("Show as a table"): for screen readers, keyboards and anyone who
// wants the exact figures. Each number that stands for calls links to exactly those calls.
import type { ChartConfig } from "./chart-config";
import type { ProjectRate, Slice } from "./distributions";
import type { DurationBin } from "./durations";
import { formatCount, formatPercent } from "./format";
import type { OutcomesOverTime, PromiseRatePoint } from "./series";

export type TableCell = { text: string; href?: string | null };
export type TableRow = { key: string; cells: TableCell[]; partial?: boolean };
export type ChartTable = { columns: string[]; rows: TableRow[] };

const period = (p: { label: string; partial: boolean }) => (p.partial ? `${p.label} (partial)` : p.label);
const count = (n: number, href?: string | null): TableCell => ({ text: formatCount(n), href: n > 0 ? href : null });

export function promiseRateTable(points: PromiseRatePoint[]): ChartTable {
  return {
    columns: ["Period", "Rate", "Promises", "Delivered", "Calls"],
    rows: points.map((p) => ({
      key: p.bucket,
      partial: p.partial,
      cells: [{ text: period(p), href: p.href }, { text: formatPercent(p.rate, "no delivered calls") }, count(p.promises), count(p.delivered, p.href), count(p.calls)],
    })),
  };
}

/** One row per period, one column per outcome; each count opens that period's calls with that outcome. */
export function outcomesOverTimeTable(series: OutcomesOverTime, config: ChartConfig): ChartTable {
  return {
    columns: ["Period", "Calls", ...series.keys.map((k) => config[k]?.label ?? k)],
    rows: series.points.map((p) => ({
      key: p.bucket,
      partial: p.partial,
      cells: [{ text: period(p), href: p.href }, count(p.total, p.href), ...series.keys.map((k) => count(p.counts[k] ?? 0, p.hrefs[k]))],
    })),
  };
}

export function sliceTable(name: "Outcome" | "Sentiment", slices: Slice[]): ChartTable {
  return {
    columns: [name, "Calls", "Share"],
    rows: slices.map((s) => ({ key: s.key, cells: [{ text: s.label, href: s.href }, count(s.calls, s.href), { text: formatPercent(s.share) }] })),
  };
}

export function projectTable(projects: ProjectRate[]): ChartTable {
  return {
    columns: ["Project", "Rate", "Promises", "Delivered", "Calls"],
    rows: projects.map((p) => ({
      key: p.projectId ?? "none",
      cells: [{ text: p.label, href: p.href }, { text: formatPercent(p.rate, "no delivered calls") }, count(p.promises), count(p.delivered, p.href), count(p.calls)],
    })),
  };
}

export function durationTable(bins: DurationBin[]): ChartTable {
  return {
    columns: ["Duration", "Calls"],
    rows: bins.map((b) => ({ key: b.key, cells: [{ text: b.label, href: b.href }, count(b.calls, b.href)] })),
  };
}
