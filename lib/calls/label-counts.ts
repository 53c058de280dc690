import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, labelColumns, type WhereContext } from "./call-where";
import type { CallFilters, LabelSet } from "./filters";
import { memoize } from "./memoize";

export type LabelCount = { key: string; label: string | null; count: number };
/** What to count: outcome or sentiment (the effective ones, or the AI's with `labels`), or project. */
type LabelColumn = "outcome_key" | "sentiment_key" | "project_id";

// The key column and the label beside each key: for outcome and sentiment the reviewer's where the
// call was corrected, else the AI's as sent (project ids are their own label).
function columnsOf(column: LabelColumn, labels: LabelSet): { key: Prisma.Sql; label: Prisma.Sql } {
  const keys = labelColumns(labels);
  if (column === "project_id") return { key: Prisma.sql`project_id`, label: Prisma.sql`project_id` };
  if (column === "outcome_key") {
    return {
      key: Prisma.raw(keys.outcome),
      label: labels === "ai" ? Prisma.sql`call_output` : Prisma.sql`CASE WHEN reviewed_outcome_key IS NOT NULL THEN reviewed_outcome ELSE call_output END`,
    };
  }
  return {
    key: Prisma.raw(keys.sentiment),
    label: labels === "ai" ? Prisma.sql`sentiment_output` : Prisma.sql`CASE WHEN reviewed_sentiment_key IS NOT NULL THEN reviewed_sentiment ELSE sentiment_output END`,
  };
}
const OWN_FILTER = { outcome_key: "outcomes", sentiment_key: "sentiments", project_id: "projects" } as const;

/** Counts per outcome (sentiment, project) of the calls matching `where`, straight from the table. */
export async function queryLabelCounts(column: LabelColumn, where: Prisma.Sql, labels: LabelSet = "effective"): Promise<LabelCount[]> {
  const { key, label } = columnsOf(column, labels);
  return getDb().$queryRaw<LabelCount[]>`
    SELECT ${key} AS key, min(${label}) AS label, count(*)::int AS count
    FROM calls WHERE ${where} AND ${key} IS NOT NULL
    GROUP BY 1 ORDER BY 3 DESC, 1`;
}

// Counting every outcome of a million calls takes a few hundred milliseconds; the options only need
// to be about right, so one result serves every page view for a short while.
// (A correction therefore shows in the options' counts within 30 s; the list itself is never cached.)
const KINDS = {
  "effective:outcome_key": ["effective", "outcome_key"],
  "effective:sentiment_key": ["effective", "sentiment_key"],
  "effective:project_id": ["effective", "project_id"],
  "ai:outcome_key": ["ai", "outcome_key"],
  "ai:sentiment_key": ["ai", "sentiment_key"],
  "ai:project_id": ["ai", "project_id"],
} as const satisfies Record<string, readonly [LabelSet, LabelColumn]>;
const cachedCounts = memoize(30_000, (kind: keyof typeof KINDS, where: Prisma.Sql) => {
  const [labels, column] = KINDS[kind];
  return queryLabelCounts(column, where, labels);
});

/**
 * The outcomes (sentiments, projects) present in the calls that match every other filter, with
 * counts: the options of the multi-selects, undocumented outcomes included.
 */
export async function countByLabel(column: LabelColumn, filters: CallFilters, context: WhereContext): Promise<LabelCount[]> {
  const others: CallFilters = { ...filters, [OWN_FILTER[column]]: [] };
  // Date ranges resolve to day boundaries, so one view gives the same SQL (the cache key) all day.
  return cachedCounts(`${filters.labels ?? "effective"}:${column}`, buildCallWhere(others, context));
}
