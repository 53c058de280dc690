import "server-only";
// The time buckets of a period, computed by PostgreSQL in the dashboard's time zone.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Grain } from "./grain";
import type { PeriodSource } from "./queries";

export type BucketScope = { grain: Grain; timeZone: string; from: Date | null; to: Date | null };

/**
 * The first and last call of `source`, for ranges without a start or an end. From the roll-up,
 * the local midnights of its first and last day: the same buckets, as a bucket starts at midnight.
 */
async function getCallTimeBounds(source: PeriodSource, timeZone: string): Promise<{ first: Date | null; last: Date | null }> {
  const ofCalls = (where: Prisma.Sql) => Prisma.sql`SELECT min(ended_at) AS first, max(ended_at) AS last FROM calls WHERE ${where}`;
  const parts = [
    source.table === "calls"
      ? ofCalls(source.where)
      : Prisma.sql`SELECT min(day)::timestamp AT TIME ZONE ${timeZone} AS first, max(day)::timestamp AT TIME ZONE ${timeZone} AS last
                   FROM call_day_cube WHERE ${source.where}`,
  ];
  // The calls added may lie outside the main part's days; those taken away lie within them.
  if (source.plus) parts.push(ofCalls(source.plus));
  const [row] = await getDb().$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(first) AS first, max(last) AS last FROM (${Prisma.join(parts, " UNION ALL ")}) AS bounds`;
  return row ?? { first: null, last: null };
}

/**
 * A one-row query: `starts`, the local start of every bucket (day, ISO week from Monday, or
 * month) in `timeZone`, and `instants`, the same starts as points in time. `generate_series` steps
 * over local wall time, so a day is a calendar day even when it has 23 or 25 hours, and
 * `AT TIME ZONE` turns each local start into its instant. A call's bucket is then
 * `width_bucket(ended_at, instants)`: the same as `date_trunc(grain, ended_at AT TIME ZONE tz)` per
 * call (queries.test.ts checks it), but converting a hundred bucket starts instead of every call,
 * which was most of the time of a query.
 */
export async function bucketsSql(source: PeriodSource, scope: BucketScope): Promise<Prisma.Sql> {
  const { grain, timeZone } = scope;
  const bounds = scope.from && scope.to ? { first: scope.from, last: scope.to } : await getCallTimeBounds(source, timeZone);
  // No calls at all: an empty series, so every call (there are none) is in bucket 0.
  const from = scope.from ?? bounds.first ?? new Date(0);
  const to = scope.to ?? bounds.last ?? new Date(0);
  return Prisma.sql`
    SELECT array_agg(local_start ORDER BY local_start) AS starts,
           array_agg(local_start AT TIME ZONE ${timeZone} ORDER BY local_start) AS instants
    FROM generate_series(
      date_trunc(${grain}, ${from}::timestamptz AT TIME ZONE ${timeZone}),
      ${to}::timestamptz AT TIME ZONE ${timeZone},
      ('1 ' || ${grain})::interval
    ) AS local_start`;
}
