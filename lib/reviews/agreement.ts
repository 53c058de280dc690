// How right the AI is, from counts of reviewed calls per (AI label, effective label): the
// agreement rate, the precision of each AI label and the confusion matrix whose cells link to
// their calls. Pure: the SQL that counts is stats.ts.
import { serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import { labelForKey } from "@/lib/calls/outcome";
import { rateOf } from "@/lib/analytics/rates";
import type { ReviewStatus } from "./status";

/** Reviewed calls with this AI label and this effective label (the reviewer's, or the AI's when kept). */
export type PairCount = { ai: string | null; effective: string | null; calls: number };

export type Ratio = { numerator: number; denominator: number; value: number | null; definition: string };
export type Precision = { key: string | null; label: string; kept: number; reviewed: number; value: number | null };
export type MatrixCell = { ai: string | null; reviewed: string | null; calls: number; href: string | null };
export type ConfusionMatrix = { aiKeys: (string | null)[]; reviewedKeys: (string | null)[]; cells: MatrixCell[] };
export type LabelAgreement = { agreement: Ratio; precision: Precision[]; matrix: ConfusionMatrix };

export type Kind = "outcome" | "sentiment";

const byCount = (counts: Map<string | null, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([key]) => key);

/**
 * The link to the calls of one cell: the page's filters, only reviewed calls (`statuses`), the AI's
 * label `ai` and the effective label `reviewed`. None for a missing label (no filter can name it).
 */
export function cellHref(filters: CallFilters, kind: Kind, statuses: ReviewStatus[], ai: string | null, reviewed: string | null): string | null {
  if (ai === null || reviewed === null) return null;
  const base: CallFilters = { ...filters, labels: undefined };
  if (filters.labels === "ai") {
    // The page's label filters were on the AI's labels: they become the ai_* filters.
    base.aiOutcomes = both(filters.aiOutcomes, filters.outcomes);
    base.aiSentiments = both(filters.aiSentiments, filters.sentiments);
    base.outcomes = [];
    base.sentiments = [];
  }
  // The cell's effective label replaces the page's filter of its kind: a cell exists only inside it.
  const narrowed: CallFilters = kind === "outcome"
    ? { ...base, outcomes: [reviewed], aiOutcomes: [ai], reviewStatuses: statuses }
    : { ...base, sentiments: [reviewed], aiSentiments: [ai], reviewStatuses: statuses };
  return `/calls?${serializeCallFilters(narrowed).toString()}`;
}

function both(first: string[] | undefined, second: string[]): string[] {
  if (!first?.length) return second;
  if (!second.length) return first;
  return first.filter((value) => second.includes(value));
}

export function buildAgreement(pairs: PairCount[], kind: Kind, filters: CallFilters, statuses: ReviewStatus[]): LabelAgreement {
  const reviewed = pairs.reduce((sum, pair) => sum + pair.calls, 0);
  const kept = pairs.filter((pair) => pair.ai === pair.effective).reduce((sum, pair) => sum + pair.calls, 0);
  const aiTotals = new Map<string | null, number>();
  const reviewedTotals = new Map<string | null, number>();
  for (const pair of pairs) {
    aiTotals.set(pair.ai, (aiTotals.get(pair.ai) ?? 0) + pair.calls);
    reviewedTotals.set(pair.effective, (reviewedTotals.get(pair.effective) ?? 0) + pair.calls);
  }
  const aiKeys = byCount(aiTotals);
  const precision = aiKeys.map((key) => {
    const total = aiTotals.get(key) ?? 0;
    const same = pairs.find((pair) => pair.ai === key && pair.effective === key)?.calls ?? 0;
    return { key, label: labelForKey(key), kept: same, reviewed: total, value: rateOf(same, total) };
  });
  const cells = pairs
    .filter((pair) => pair.calls > 0)
    .map((pair) => ({ ai: pair.ai, reviewed: pair.effective, calls: pair.calls, href: cellHref(filters, kind, statuses, pair.ai, pair.effective) }));
  return {
    agreement: {
      numerator: kept,
      denominator: reviewed,
      value: rateOf(kept, reviewed),
      definition: `reviewed calls whose ${kind} the reviewer kept ÷ reviewed calls`,
    },
    precision,
    matrix: { aiKeys, reviewedKeys: byCount(reviewedTotals), cells },
  };
}
