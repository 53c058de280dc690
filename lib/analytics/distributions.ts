// Distributions for the period, from rows PostgreSQL grouped (queries.ts): outcomes, sentiments,
// the outcome x sentiment table, projects and durations. Each item links to the calls behind it.
import { labelForKey, SENTIMENTS } from "@/lib/calls/outcome";
import { DELIVERED_STATUS, type HrefFor } from "./links";
import { rateOf } from "./rates";
import { outcomeSeriesKey } from "./series";

export type OutcomeSentimentRow = { outcomeKey: string | null; sentimentKey: string | null; calls: number };

export type Slice = { key: string; label: string; calls: number; share: number; href: string | null };

function slices(counts: Map<string | null, number>, order: (a: [string | null, number], b: [string | null, number]) => number, link: (key: string) => string): Slice[] {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts.entries()].sort(order).map(([key, calls]) => ({
    key: outcomeSeriesKey(key),
    label: labelForKey(key),
    calls,
    share: calls / total,
    // Calls without a value cannot be selected by a filter, so they get no link.
    href: key === null ? null : link(key),
  }));
}

function countBy(rows: OutcomeSentimentRow[], pick: (row: OutcomeSentimentRow) => string | null): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(pick(row), (counts.get(pick(row)) ?? 0) + row.calls);
  return counts;
}

const byCallsDesc = (a: [string | null, number], b: [string | null, number]) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]));
const sentimentRank = (key: string | null) => {
  const index = SENTIMENTS.findIndex((s) => s.key === key);
  return index === -1 ? SENTIMENTS.length + (key === null ? 1 : 0) : index;
};

export function buildOutcomeDistribution(rows: OutcomeSentimentRow[], hrefFor: HrefFor): Slice[] {
  return slices(countBy(rows, (row) => row.outcomeKey), byCallsDesc, (key) => hrefFor({ outcomes: [key] }));
}

/** Positive, neutral, negative first (in that order), then undocumented sentiments, then none. */
export function buildSentimentDistribution(rows: OutcomeSentimentRow[], hrefFor: HrefFor): Slice[] {
  const order = (a: [string | null, number], b: [string | null, number]) => sentimentRank(a[0]) - sentimentRank(b[0]) || byCallsDesc(a, b);
  return slices(countBy(rows, (row) => row.sentimentKey), order, (key) => hrefFor({ sentiments: [key] }));
}

export type MatrixCell = { sentiment: string; calls: number; shareOfRow: number; href: string | null };
export type OutcomeSentimentMatrix = {
  sentiments: Slice[];
  rows: { outcome: Slice; cells: MatrixCell[] }[];
  maxCalls: number;
};

export function buildOutcomeSentimentMatrix(rows: OutcomeSentimentRow[], hrefFor: HrefFor): OutcomeSentimentMatrix {
  const sentiments = buildSentimentDistribution(rows, hrefFor);
  const counts = new Map(rows.map((row) => [`${outcomeSeriesKey(row.outcomeKey)}|${outcomeSeriesKey(row.sentimentKey)}`, row]));
  const outcomes = buildOutcomeDistribution(rows, hrefFor);
  return {
    sentiments,
    maxCalls: Math.max(0, ...rows.map((row) => row.calls)),
    rows: outcomes.map((outcome) => ({
      outcome,
      cells: sentiments.map((sentiment) => {
        const row = counts.get(`${outcome.key}|${sentiment.key}`);
        const calls = row?.calls ?? 0;
        const linkable = calls > 0 && row?.outcomeKey != null && row.sentimentKey != null;
        return {
          sentiment: sentiment.key,
          calls,
          shareOfRow: calls / outcome.calls,
          href: linkable ? hrefFor({ outcomes: [row.outcomeKey!], sentiments: [row.sentimentKey!] }) : null,
        };
      }),
    })),
  };
}

export type ProjectRow = { projectId: string | null; calls: number; delivered: number; promises: number };
export type ProjectRate = ProjectRow & { label: string; rate: number | null; href: string | null };

/** Largest projects (by calls) first. */
export function buildProjectRates(rows: ProjectRow[], hrefFor: HrefFor): ProjectRate[] {
  return [...rows]
    .sort((a, b) => b.calls - a.calls || String(a.projectId).localeCompare(String(b.projectId)))
    .map((row) => ({
      ...row,
      label: row.projectId ?? "No project",
      rate: rateOf(row.promises, row.delivered),
      href: row.projectId === null || row.delivered === 0 ? null : hrefFor({ projects: [row.projectId], deliveryStatuses: [DELIVERED_STATUS] }),
    }));
}
