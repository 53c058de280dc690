import "server-only";
// Every read of the analytics page: aggregates computed by PostgreSQL (GROUP BY), over the calls
// the shared filter builder selects. No rows are loaded to be counted in JavaScript.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import type { OutcomeSentimentRow, ProjectRow } from "./distributions";
import { DURATION_EDGES, type DurationRow } from "./durations";
import type { Totals } from "./figures";
import type { Grain } from "./grain";
import type { BucketOutcomeRow } from "./series";

const DELIVERED = Prisma.sql`delivery_status = 'pass'`;
const deliveredWith = (outcome: string) => Prisma.sql`count(*) FILTER (WHERE ${DELIVERED} AND outcome_key = ${outcome})::int`;

/** One period's headline counts (`where` from buildCallWhere). */
export async function getTotals(where: Prisma.Sql): Promise<Totals> {
  const [row] = await getDb().$queryRaw<Totals[]>`
    SELECT count(*)::int AS calls,
           count(*) FILTER (WHERE ${DELIVERED})::int AS delivered,
           ${deliveredWith(OUTCOME_KEYS.paymentPromise)} AS promises,
           ${deliveredWith(OUTCOME_KEYS.wrongNumber)} AS "wrongNumbers",
           ${deliveredWith(OUTCOME_KEYS.paymentCompleted)} AS completed,
           ${deliveredWith(OUTCOME_KEYS.paymentExtension)} AS extensions,
           ${deliveredWith(OUTCOME_KEYS.callBack)} AS callbacks,
           (avg(duration_seconds) FILTER (WHERE ${DELIVERED}))::float8 AS "averageDuration"
    FROM calls WHERE ${where}`;
  if (!row) throw new Error("an aggregate without GROUP BY always returns one row");
  return row;
}

/**
 * Calls per time bucket and outcome. Buckets are local calendar days, ISO weeks (Monday) or months
 * in `timeZone`: `AT TIME ZONE` turns each instant into local wall time before truncating, so a
 * call at 23:30 local time lands on its local day and a daylight-saving change moves no call.
 */
export async function getCallsByBucketAndOutcome(where: Prisma.Sql, grain: Grain, timeZone: string): Promise<BucketOutcomeRow[]> {
  // Formatting after grouping: to_char on every row would cost more than the whole aggregate.
  return getDb().$queryRaw<BucketOutcomeRow[]>`
    SELECT to_char(bucket, 'YYYY-MM-DD') AS bucket, "outcomeKey", calls, delivered
    FROM (
      SELECT date_trunc(${grain}, ended_at AT TIME ZONE ${timeZone}) AS bucket,
             outcome_key AS "outcomeKey",
             count(*)::int AS calls,
             count(*) FILTER (WHERE ${DELIVERED})::int AS delivered
      FROM calls WHERE ${where}
      GROUP BY 1, 2
    ) AS grouped`;
}

export async function getCallsByOutcomeAndSentiment(where: Prisma.Sql): Promise<OutcomeSentimentRow[]> {
  return getDb().$queryRaw<OutcomeSentimentRow[]>`
    SELECT outcome_key AS "outcomeKey", sentiment_key AS "sentimentKey", count(*)::int AS calls
    FROM calls WHERE ${where}
    GROUP BY 1, 2`;
}

export async function getPromiseRateByProject(where: Prisma.Sql): Promise<ProjectRow[]> {
  return getDb().$queryRaw<ProjectRow[]>`
    SELECT project_id AS "projectId",
           count(*)::int AS calls,
           count(*) FILTER (WHERE ${DELIVERED})::int AS delivered,
           ${deliveredWith(OUTCOME_KEYS.paymentPromise)} AS promises
    FROM calls WHERE ${where}
    GROUP BY 1`;
}

/** Calls per duration bin: width_bucket gives 0 below the first edge, n at or above the last. */
export async function getDurationHistogram(where: Prisma.Sql): Promise<DurationRow[]> {
  const edges = [...DURATION_EDGES];
  return getDb().$queryRaw<DurationRow[]>`
    SELECT width_bucket(duration_seconds, ${edges}::int[]) AS bin, count(*)::int AS calls
    FROM calls WHERE ${where}
    GROUP BY 1`;
}
