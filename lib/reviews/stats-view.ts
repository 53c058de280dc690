// What the "How right is the AI" section shows, prepared from getReviewStats: figures as text with
// what they are made of, one bar per AI label (its precision), the confusion matrix as table rows,
// and the reviews per reviewer as stacked-bar points with their table. Pure; components only draw.
import type { BarRow } from "@/lib/analytics/bar-rows";
import type { ChartConfig } from "@/lib/analytics/chart-config";
import type { ChartTable } from "@/lib/analytics/chart-tables";
import { formatCalls, formatCount, formatPercent } from "@/lib/analytics/format";
import { bucketStarts, formatBucket, formatBucketTick, type Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import { labelForKey } from "@/lib/calls/outcome";
import type { ConfusionMatrix, Kind, LabelAgreement, Ratio } from "./agreement";
import type { ReviewerCount, ReviewerGrain, ReviewStats } from "./stats";

export type RatioView = { value: string; detail: string; definition: string };
export type MatrixCellView = { key: string; calls: number; text: string; href: string | null; agrees: boolean };
export type MatrixRowView = { key: string; label: string; total: number; cells: MatrixCellView[] };
export type MatrixView = { columns: { key: string; label: string; total: number }[]; rows: MatrixRowView[]; maxCalls: number; reviewed: number };
export type LabelView = { kind: Kind; agreement: RatioView; precision: BarRow[]; matrix: MatrixView };
export type ReviewerPoint = { bucket: string; label: string; tick: string; total: number; counts: Record<string, number> };
export type ReviewerView = {
  scope: "everyone" | "own";
  grain: ReviewerGrain;
  /** Reviewer ids, the busiest first (the bottom of each stack). */
  keys: string[];
  config: ChartConfig;
  points: ReviewerPoint[];
  table: ChartTable;
  total: number;
  definition: string;
};
export type ReviewStatsView = { empty: boolean; coverage: RatioView; outcome: LabelView; sentiment: LabelView; reviewers: ReviewerView };

const keyOf = (key: string | null) => key ?? "none";

export function ratioView(ratio: Ratio, of: string): RatioView {
  return {
    value: formatPercent(ratio.value, `no ${of}s`),
    detail: `${formatCount(ratio.numerator)} of ${formatCalls(ratio.denominator, of)}`,
    definition: ratio.definition,
  };
}

/** One bar per AI label, the share of its reviewed calls that kept it; its diagonal cell opens those. */
export function precisionRows(agreement: LabelAgreement): BarRow[] {
  return agreement.precision.map((p) => {
    const diagonal = agreement.matrix.cells.find((cell) => cell.ai === p.key && cell.reviewed === p.key);
    return {
      key: keyOf(p.key),
      label: p.label,
      fill: p.value,
      valueText: `${formatPercent(p.value)} · ${formatCount(p.kept)} of ${formatCount(p.reviewed)}`,
      detail: `Of ${formatCalls(p.reviewed)} the AI called ${p.label} that were reviewed, ${formatCount(p.kept)} ${p.kept === 1 ? "was" : "were"} ${p.label}`,
      href: diagonal?.href ?? null,
    };
  });
}

/** AI labels as rows, reviewed labels as columns, each with its total; zero cells have no link. */
export function matrixView(matrix: ConfusionMatrix): MatrixView {
  const count = (ai: string | null, reviewed: string | null) => matrix.cells.find((c) => c.ai === ai && c.reviewed === reviewed);
  const rows = matrix.aiKeys.map((ai) => {
    const cells = matrix.reviewedKeys.map((reviewed) => {
      const cell = count(ai, reviewed);
      const calls = cell?.calls ?? 0;
      return { key: keyOf(reviewed), calls, text: formatCount(calls), href: calls > 0 ? (cell?.href ?? null) : null, agrees: ai === reviewed };
    });
    return { key: keyOf(ai), label: labelForKey(ai), total: cells.reduce((sum, c) => sum + c.calls, 0), cells };
  });
  const columns = matrix.reviewedKeys.map((reviewed, index) => ({
    key: keyOf(reviewed),
    label: labelForKey(reviewed),
    total: rows.reduce((sum, row) => sum + (row.cells[index]?.calls ?? 0), 0),
  }));
  return { columns, rows, maxCalls: Math.max(0, ...matrix.cells.map((c) => c.calls)), reviewed: rows.reduce((sum, row) => sum + row.total, 0) };
}

function labelView(agreement: LabelAgreement, kind: Kind): LabelView {
  return { kind, agreement: ratioView(agreement.agreement, "reviewed call"), precision: precisionRows(agreement), matrix: matrixView(agreement.matrix) };
}

const CHART_COLOURS = 8;

/** Stacked bars of reviews per reviewer, every bucket of the period present (an empty one is zero). */
export function reviewerView(reviewers: ReviewStats["reviewers"], span: DaySpan | null): ReviewerView {
  const { rows, grain } = reviewers;
  const totals = new Map<string, { name: string; reviews: number }>();
  for (const row of rows) {
    const seen = totals.get(row.reviewer.id);
    totals.set(row.reviewer.id, { name: reviewerName(row), reviews: (seen?.reviews ?? 0) + row.reviews });
  }
  const keys = [...totals].sort((a, b) => b[1].reviews - a[1].reviews || a[1].name.localeCompare(b[1].name)).map(([id]) => id);
  const config: ChartConfig = Object.fromEntries(keys.map((id, i) => [id, { label: totals.get(id)!.name, color: `var(--chart-${(i % CHART_COLOURS) + 1})` }]));
  const days = rows.map((row) => row.bucket).sort();
  const from = span?.from ?? days[0];
  const to = span?.to ?? days[days.length - 1];
  const buckets = from && to ? bucketStarts(grain, from, to) : [];
  const points = buckets.map((bucket) => {
    const counts: Record<string, number> = Object.fromEntries(keys.map((id) => [id, 0]));
    for (const row of rows) if (row.bucket === bucket) counts[row.reviewer.id] = (counts[row.reviewer.id] ?? 0) + row.reviews;
    return { bucket, label: formatBucket(bucket, grain), tick: formatBucketTick(bucket, grain), total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
  });
  const table: ChartTable = {
    columns: [grain === "week" ? "Week" : "Day", "Reviews", ...keys.map((id) => config[id]!.label)],
    rows: points.filter((p) => p.total > 0).map((p) => ({
      key: p.bucket,
      cells: [{ text: p.label }, { text: formatCount(p.total) }, ...keys.map((id) => ({ text: formatCount(p.counts[id] ?? 0) }))],
    })),
  };
  return { scope: reviewers.scope, grain, keys, config, points, table, total: rows.reduce((sum, r) => sum + r.reviews, 0), definition: reviewers.definition };
}

const reviewerName = (row: ReviewerCount) => row.reviewer.name.trim() || row.reviewer.email;

/** `span`: the page's period in days (null for all time), for the reviewer chart's buckets. */
export function presentReviewStats(stats: ReviewStats, span: DaySpan | null): ReviewStatsView {
  return {
    empty: stats.outcome.agreement.denominator === 0,
    coverage: ratioView(stats.coverage, "call"),
    outcome: labelView(stats.outcome, "outcome"),
    sentiment: labelView(stats.sentiment, "sentiment"),
    reviewers: reviewerView(stats.reviewers, span),
  };
}

/** The reviewer chart's grain for the page's: reviews are few, so a month of them is drawn in weeks. */
export function reviewerGrain(grain: Grain): ReviewerGrain {
  return grain === "day" ? "day" : "week";
}
