import "server-only";
import { buildDayCubeWhere, isDayCubeFilter } from "@/lib/analytics/day-cube";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, labelColumns, type WhereContext } from "./call-where";
import type { CallFilters, LabelSet } from "./filters";
import { estimateMatches } from "./match-probe";
import { memoize } from "./memoize";

/**
 * `label`: the label as sent beside the key (null from the roll-up, which holds keys only; the
 * options show labelForKey(key)). `approximate`: counted on a sample of the matches, scaled.
 */
export type LabelCount = { key: string; label: string | null; count: number; approximate?: boolean };
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

/** Beyond this many matches (filters the roll-up cannot serve), the counts are of a sample, scaled. */
export const COUNT_SAMPLE = 5_000;

/** The counts of filters the roll-up holds, from call_day_cube: some 40,000 rows at a million calls over 90 days. */
export async function queryDayCubeLabelCounts(column: LabelColumn, cubeWhere: Prisma.Sql, labels: LabelSet = "effective"): Promise<LabelCount[]> {
  const keys = labelColumns(labels);
  const key = Prisma.raw(column === "project_id" ? "project_id" : column === "outcome_key" ? keys.outcome : keys.sentiment);
  // A missing value is '' in the cube (NULL in calls), which the plain count leaves out too.
  const rows = await getDb().$queryRaw<{ key: string; count: number }[]>`
    SELECT ${key} AS key, sum(calls)::int AS count
    FROM call_day_cube WHERE ${cubeWhere} AND ${key} <> ''
    GROUP BY 1 HAVING sum(calls) > 0 ORDER BY 2 DESC, 1`;
  return rows.map((row) => ({ ...row, label: column === "project_id" ? row.key : null }));
}

/**
 * The counts of any other filters, bounded: the first COUNT_SAMPLE + 1 matches at most. When there
 * are no more, the counts are exact; else they are the sample's, scaled to the planner's estimate
 * of all matches and marked approximate ("~" in the options).
 */
export async function queryBoundedLabelCounts(column: LabelColumn, where: Prisma.Sql, labels: LabelSet = "effective", sample = COUNT_SAMPLE): Promise<LabelCount[]> {
  const { key, label } = columnsOf(column, labels);
  const rows = await getDb().$queryRaw<(LabelCount & { sampled: number })[]>`
    WITH sample AS (SELECT ${key} AS key, ${label} AS label FROM calls WHERE ${where} AND ${key} IS NOT NULL LIMIT ${sample + 1})
    SELECT key, min(label) AS label, count(*)::int AS count, (SELECT count(*)::int FROM sample) AS sampled
    FROM sample GROUP BY 1 ORDER BY 3 DESC, 1`;
  const sampled = rows[0]?.sampled ?? 0;
  if (sampled <= sample) return rows.map(({ key, label, count }) => ({ key, label, count }));
  const estimate = Math.max(sampled, (await estimateMatches(Prisma.sql`${where} AND ${key} IS NOT NULL`)) ?? sampled);
  return rows.map(({ key, label, count }) => ({ key, label, count: Math.round((count * estimate) / sampled), approximate: true }));
}

// The options only need to be about right, so one result serves every page view for a short while
// (memoize.ts: stale while revalidating, one refresh at a time, the old value served meanwhile).
// A correction therefore shows in the options' counts within 30 s; the list itself is never cached.
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
  return queryBoundedLabelCounts(column, where, labels);
}, "label-counts");
const cachedCubeCounts = memoize(30_000, (kind: keyof typeof KINDS, cubeWhere: Prisma.Sql) => {
  const [labels, column] = KINDS[kind];
  return queryDayCubeLabelCounts(column, cubeWhere, labels);
}, "label-cube-counts");

/** Whether the roll-up is built for `timeZone` (the analytics page rebuilds it; the list never waits for that). */
async function dayCubeReady(timeZone: string): Promise<boolean> {
  const [zone] = await getDb().$queryRaw<{ timeZone: string | null }[]>`SELECT time_zone AS "timeZone" FROM call_day_cube_zone WHERE id = 1`;
  return zone?.timeZone === timeZone;
}

/**
 * The outcomes (sentiments, projects) present in the calls that match every other filter, with
 * counts: the options of the multi-selects, undocumented outcomes included.
 */
export async function countByLabel(column: LabelColumn, filters: CallFilters, context: WhereContext): Promise<LabelCount[]> {
  const others: CallFilters = { ...filters, [OWN_FILTER[column]]: [] };
  // Date ranges resolve to day boundaries, so one view gives the same SQL (the cache key) all day.
  const kind = `${filters.labels ?? "effective"}:${column}` as const;
  if (isDayCubeFilter(others) && (await dayCubeReady(context.timeZone))) {
    return cachedCubeCounts(kind, buildDayCubeWhere(others, context));
  }
  return cachedCounts(kind, buildCallWhere(others, context));
}
