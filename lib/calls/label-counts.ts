import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { memoize } from "./memoize";

export type LabelCount = { key: string; label: string | null; count: number };
type LabelColumn = "outcome_key" | "sentiment_key" | "project_id";

// The label as sent beside each key (project ids are their own label).
const LABELS: Record<LabelColumn, Prisma.Sql> = {
  outcome_key: Prisma.sql`call_output`,
  sentiment_key: Prisma.sql`sentiment_output`,
  project_id: Prisma.sql`project_id`,
};
const OWN_FILTER = { outcome_key: "outcomes", sentiment_key: "sentiments", project_id: "projects" } as const;

/** Counts per outcome (or sentiment) of the calls matching `where`, straight from the table. */
export async function queryLabelCounts(column: LabelColumn, where: Prisma.Sql): Promise<LabelCount[]> {
  const label = LABELS[column];
  return getDb().$queryRaw<LabelCount[]>`
    SELECT ${Prisma.raw(column)} AS key, min(${label}) AS label, count(*)::int AS count
    FROM calls WHERE ${where} AND ${Prisma.raw(column)} IS NOT NULL
    GROUP BY 1 ORDER BY 3 DESC, 1`;
}

// Counting every outcome of a million calls takes a few hundred milliseconds; the options only need
// to be about right, so one result serves every page view for a short while.
const cachedCounts = memoize(30_000, queryLabelCounts);

/**
 * The outcomes (sentiments, projects) present in the calls that match every other filter, with
 * counts: the options of the multi-selects, undocumented outcomes included.
 */
export async function countByLabel(column: LabelColumn, filters: CallFilters, context: WhereContext): Promise<LabelCount[]> {
  const others: CallFilters = { ...filters, [OWN_FILTER[column]]: [] };
  // Date ranges resolve to day boundaries, so one view gives the same SQL (the cache key) all day.
  return cachedCounts(column, buildCallWhere(others, context));
}
