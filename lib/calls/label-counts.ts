import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, labelColumns, type WhereContext } from "./call-where";
import type { CallFilters, LabelSet } from "./filters";
import { memoize } from "./memoize";

export type LabelCount = { key: string; label: string | null; count: number };
/** Which label to count: outcome or sentiment (the effective ones, or the AI's with `labels`). */
type LabelColumn = "outcome_key" | "sentiment_key";

// The label shown for a key: the reviewer's where the call was corrected, else the AI's as sent.
const LABEL_TEXT = {
  effective: {
    outcome_key: Prisma.sql`CASE WHEN reviewed_outcome_key IS NOT NULL THEN reviewed_outcome ELSE call_output END`,
    sentiment_key: Prisma.sql`CASE WHEN reviewed_sentiment_key IS NOT NULL THEN reviewed_sentiment ELSE sentiment_output END`,
  },
  ai: { outcome_key: Prisma.sql`call_output`, sentiment_key: Prisma.sql`sentiment_output` },
} as const;

/** Counts per outcome (or sentiment) of the calls matching `where`, straight from the table. */
export async function queryLabelCounts(column: LabelColumn, where: Prisma.Sql, labels: LabelSet = "effective"): Promise<LabelCount[]> {
  const columns = labelColumns(labels);
  const key = Prisma.raw(column === "outcome_key" ? columns.outcome : columns.sentiment);
  const label = LABEL_TEXT[labels === "ai" ? "ai" : "effective"][column];
  return getDb().$queryRaw<LabelCount[]>`
    SELECT ${key} AS key, min(${label}) AS label, count(*)::int AS count
    FROM calls WHERE ${where} AND ${key} IS NOT NULL
    GROUP BY 1 ORDER BY 3 DESC, 1`;
}

// Counting every outcome of a million calls takes a few hundred milliseconds; the options only need
// to be about right, so one result serves every page view for a short while.
// (A correction therefore shows in the options' counts within 30 s; the list itself is never cached.)
type CountKind = `${LabelSet}:${LabelColumn}`;
const cachedCounts = memoize(30_000, (kind: CountKind, where: Prisma.Sql) => {
  const [labels, column] = kind.split(":") as [LabelSet, LabelColumn];
  return queryLabelCounts(column, where, labels);
});

/**
 * The outcomes (or sentiments) present in the calls that match every other filter, with counts:
 * the options of the multi-selects, undocumented outcomes included.
 */
export async function countByLabel(column: LabelColumn, filters: CallFilters, context: WhereContext): Promise<LabelCount[]> {
  const others: CallFilters = column === "outcome_key" ? { ...filters, outcomes: [] } : { ...filters, sentiments: [] };
  // Date ranges resolve to day boundaries, so one view gives the same SQL (the cache key) all day.
  return cachedCounts(`${filters.labels ?? "effective"}:${column}`, buildCallWhere(others, context));
}
