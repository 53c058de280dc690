import "server-only";
// Every read of the analytics page. PostgreSQL makes one pass over the period's calls (selected by
// the shared filter builder), grouping them into a small cube: one row per combination of time
// bucket, outcome, sentiment, project, duration bin and delivered-or-not, with its count. Every
// figure and breakdown is then a GROUPING SET over that cube, still in SQL: no call row reaches
// JavaScript, and the period is read once instead of once per chart (see README, "Analytics").
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelColumns } from "@/lib/calls/call-where";
import type { LabelSet } from "@/lib/calls/filters";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import type { BreakdownRow } from "./breakdowns";
import { DURATION_EDGES } from "./durations";
import type { Totals } from "./figures";
import { bucketsSql, type BucketScope } from "./queries-buckets";

/**
 * Where a period's rows come from: the calls matching `where`, or the rows of the per-day roll-up
 * (day-cube.ts) matching a condition over its columns. Both give the same figures. `minus`: the
 * calls matching it are taken away again (a subset of those `where` selects), `plus`: the calls
 * matching it are added (none of those `where` selects; period-source.ts). Every figure is a sum
 * of counts and durations, so adding and subtracting rows is exact. `labels`: the
 * outcomes and sentiments counted, the effective ones (corrections applied; the default) or the AI's.
 */
export type PeriodSource = { table: "calls" | "call_day_cube" | typeof MATCHED; where: Prisma.Sql; labels?: LabelSet; minus?: Prisma.Sql; plus?: Prisma.Sql };

/**
 * The name of a statement's own set of calls read once (shared-match.ts): a CTE with the columns
 * of calls the cube reads, which a source of that table reads instead of `calls`.
 */
export const MATCHED = "matched_calls";

/** The outcome and sentiment columns of `labels`, named outcome_key and sentiment_key in the cube. */
function keyColumns(labels: LabelSet | undefined) {
  const { outcome, sentiment } = labelColumns(labels);
  return { outcome: Prisma.raw(outcome), sentiment: Prisma.raw(sentiment) };
}

/** The breakdown dimensions; `bucket` numbers each call's time bucket. */
function allDimensions(bucket: Prisma.Sql, labels: LabelSet | undefined): Prisma.Sql {
  const { outcome, sentiment } = keyColumns(labels);
  return Prisma.sql`
  ${bucket} AS bucket, ${outcome} AS outcome_key, ${sentiment} AS sentiment_key, project_id, width_bucket(duration_seconds, ${[...DURATION_EDGES]}::int[]) AS bin`;
}
/** Only what the headline figures need: a third of the work when nothing is broken down. */
const totalsDimensions = (labels: LabelSet | undefined) =>
  Prisma.sql`NULL::int AS bucket, ${keyColumns(labels).outcome} AS outcome_key, NULL::text AS sentiment_key, NULL::text AS project_id, NULL::int AS bin`;

/**
 * The roll-up's rows as the same cube, grouped first by what the page breaks down by: its rows
 * also differ in the AI's and the reviewer's labels and the provider status, so 90 days are about
 * 84,000 rows at a million calls, and each of them went through every grouping set below (ten
 * aggregates each). Grouped once by bucket, labels, project, bin and delivery (about 11,000 rows by
 * week), the grouping sets have a seventh of the rows to do. The '' and -1 placeholders become NULL
 * again after grouping; `day::timestamp` is the local midnight the bucket starts are compared with.
 */
function dayCubeSql({ where, labels }: PeriodSource, withBucket: boolean): Prisma.Sql {
  const bucket = withBucket ? Prisma.sql`width_bucket(day::timestamp, (SELECT starts FROM buckets))` : Prisma.sql`NULL::int`;
  const { outcome, sentiment } = keyColumns(labels);
  return Prisma.sql`
    SELECT bucket, nullif(outcome_key, '') AS outcome_key, nullif(sentiment_key, '') AS sentiment_key,
           nullif(project_id, '') AS project_id, nullif(bin, -1) AS bin, delivered,
           sum(calls)::bigint AS calls, sum(duration_sum)::bigint AS duration_sum, sum(with_duration)::bigint AS with_duration
    FROM (
      SELECT ${bucket} AS bucket, ${outcome} AS outcome_key, ${sentiment} AS sentiment_key, project_id, bin,
             delivery_status = 'pass' AS delivered, calls, duration_sum, with_duration
      FROM call_day_cube WHERE ${where}
    ) AS cube_rows
    GROUP BY bucket, outcome_key, sentiment_key, project_id, bin, delivered`;
}

/** The cube of the calls matching `where`, over `dimensions` and whether the call was delivered. */
function cubeSql(where: Prisma.Sql, dimensions: Prisma.Sql, sign: 1 | -1 = 1, table: "calls" | typeof MATCHED = "calls"): Prisma.Sql {
  return Prisma.sql`
    SELECT ${dimensions}, coalesce(delivery_status = 'pass', false) AS delivered,
           ${Prisma.raw(String(sign))} * count(*) AS calls, ${Prisma.raw(String(sign))} * sum(duration_seconds) AS duration_sum,
           ${Prisma.raw(String(sign))} * count(duration_seconds) AS with_duration
    FROM ${Prisma.raw(table)} WHERE ${where}
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

/** The period's cube: from its table, with the calls of `plus` and less those of `minus` (negative counts). */
function sourceCubeSql(source: PeriodSource, bucket: Prisma.Sql | null): Prisma.Sql {
  const dimensions = bucket ? allDimensions(bucket, source.labels) : totalsDimensions(source.labels);
  const parts = [source.table === "call_day_cube" ? dayCubeSql(source, bucket !== null) : cubeSql(source.where, dimensions, 1, source.table)];
  if (source.plus) parts.push(cubeSql(source.plus, dimensions));
  if (source.minus) parts.push(cubeSql(source.minus, dimensions, -1));
  return Prisma.join(parts, " UNION ALL ");
}

const deliveredWith = (outcome: string) =>
  Prisma.sql`coalesce(sum(calls) FILTER (WHERE delivered AND outcome_key = ${outcome}), 0)::int`;

/** The headline counts of a group of cube rows. Outcome counts are of delivered calls. */
const TOTALS = Prisma.sql`
  coalesce(sum(calls), 0)::int AS calls,
  coalesce(sum(calls) FILTER (WHERE delivered), 0)::int AS delivered,
  ${deliveredWith(OUTCOME_KEYS.paymentPromise)} AS promises,
  ${deliveredWith(OUTCOME_KEYS.wrongNumber)} AS "wrongNumbers",
  ${deliveredWith(OUTCOME_KEYS.paymentCompleted)} AS completed,
  ${deliveredWith(OUTCOME_KEYS.paymentExtension)} AS extensions,
  ${deliveredWith(OUTCOME_KEYS.callBack)} AS callbacks,
  ${deliveredWith(OUTCOME_KEYS.notInterested)} AS "notInterested",
  coalesce(sum(with_duration) FILTER (WHERE delivered), 0)::int AS "timedDelivered",
  (sum(duration_sum) FILTER (WHERE delivered) / nullif(sum(with_duration) FILTER (WHERE delivered), 0))::float8 AS "averageDuration"`;

/**
 * Runs a period's query; one that reads calls gets room first (SET LOCAL, this transaction only):
 * with the default 4 MB, the bitmap of a search's matches turns lossy, so PostgreSQL re-reads every
 * call of those pages (the full-text vector out of TOAST) to recheck the match, and the grouping
 * spills to disk. 32 MB holds an exact bitmap of every page of ten million calls.
 */
export async function readPeriod<T>(source: PeriodSource, query: Prisma.Sql): Promise<T[]> {
  if (source.table === "call_day_cube" && !source.minus && !source.plus) return getDb().$queryRaw<T[]>(query);
  const [, rows] = await getDb().$transaction([getDb().$executeRaw`SET LOCAL work_mem = '32MB'`, getDb().$queryRaw<T[]>(query)], {
    // As the match probe: wait for a connection as any query does, and let the statement timeout,
    // not Prisma's 5 s transaction limit, decide when a view is too large.
    maxWait: getEnv().DATABASE_CONNECT_TIMEOUT_MS,
    timeout: getEnv().READ_STATEMENT_TIMEOUT_MS + 1000,
  });
  return rows;
}

/** One period's headline figures only (the previous period's, for the change). */
export async function getTotals(source: PeriodSource): Promise<Totals> {
  const cube = sourceCubeSql(source, null);
  const [row] = await readPeriod<Totals>(source, Prisma.sql`
    WITH cube AS (${cube})
    SELECT ${TOTALS} FROM cube`);
  if (!row) throw new Error("an aggregate without GROUP BY always returns one row");
  return row;
}

/**
 * Everything the page shows for one period, as rows of five grouping sets: per bucket and outcome,
 * per outcome and sentiment, per project, per duration bin, and the whole period. Each row says
 * which dimensions it is grouped by (a NULL project in a per-project row is "no project").
 */
export async function getBreakdowns(source: PeriodSource, scope: BucketScope): Promise<BreakdownRow[]> {
  return readPeriod<BreakdownRow>(source, await breakdownsSql(source, scope));
}

/** The statement of getBreakdowns; `buckets`: the period's buckets (bucketsSql), from `source` by default. */
export async function breakdownsSql(source: PeriodSource, scope: BucketScope, buckets?: Prisma.Sql): Promise<Prisma.Sql> {
  buckets ??= await bucketsSql(source, scope);
  const cube = sourceCubeSql(source, Prisma.sql`width_bucket(ended_at, (SELECT instants FROM buckets))`);
  return Prisma.sql`
    WITH buckets AS (${buckets}),
    cube AS (${cube}),
    grouped AS (
      SELECT GROUPING(bucket) = 0 AS "byBucket", GROUPING(sentiment_key) = 0 AS "bySentiment",
             GROUPING(project_id) = 0 AS "byProject", GROUPING(bin) = 0 AS "byBin",
             bucket, outcome_key AS "outcomeKey", sentiment_key AS "sentimentKey", project_id AS "projectId", bin,
             ${TOTALS}
      FROM cube
      GROUP BY GROUPING SETS ((bucket, outcome_key), (outcome_key, sentiment_key), (project_id), (bin), ())
      -- Groups whose calls were all taken away (minus) are no groups; the whole period always is.
      HAVING sum(calls) <> 0 OR GROUPING(bucket, outcome_key, sentiment_key, project_id, bin) = 31
    )
    SELECT grouped.*, to_char(buckets.starts[grouped.bucket], 'YYYY-MM-DD') AS day
    FROM grouped, buckets`;
}
