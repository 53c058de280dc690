import "server-only";
// Where a call stands in the filtered list it was opened from ("3 of 67"), only where that is as
// cheap as the list's own count:
// - up to PROBE_LIMIT matches, the match probe the list runs for its count (one index read of at
//   most 2,001 short rows) gives the exact position in memory;
// - beyond it, in time order with filters the day roll-up holds (outcome, sentiment, project,
//   delivery status, date range), the roll-up counts the whole days before the call's day and an
//   index range counts the calls of that one day (about 11,000 at a million calls over 90 days);
// - otherwise (a search or duration filter with more matches, a duration order past the probe,
//   "Best match"), counting would read every match before the call: no position is shown.
import { ensureDayCube, buildDayCubeWhere, isDayCubeFilter } from "@/lib/analytics/day-cube";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { compareKeys, keysetOf } from "./keyset";
import type { CallSort } from "./list-params";
import { probeMatches, type MatchKey } from "./match-probe";

/** 1-based: `index` of `total`. */
export type CallPosition = { index: number; total: number };

export async function findCallPosition(call: MatchKey, filters: CallFilters, sort: CallSort, context: WhereContext): Promise<CallPosition | null> {
  // "Best match" is ranked by page of candidates, and a duration order leaves out a call without one.
  if (sort === "relevance" || ((sort === "longest" || sort === "shortest") && call.durationSeconds === null)) return null;
  const keyset = keysetOf(sort);
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  if (matches) {
    const listed = matches.filter(keyset.applies);
    if (!listed.some((m) => m.id === call.id)) return null;
    return { index: listed.filter((m) => compareKeys(keyset, m, call) < 0).length + 1, total: listed.length };
  }
  if ((sort === "newest" || sort === "oldest") && isDayCubeFilter(filters)) return positionByDay(call, filters, sort === "newest", where, context);
  return null;
}

async function positionByDay(call: MatchKey, filters: CallFilters, newestFirst: boolean, where: Prisma.Sql, context: WhereContext): Promise<CallPosition | null> {
  await ensureDayCube(context.timeZone);
  const tz = context.timeZone;
  const before = newestFirst ? Prisma.sql`>` : Prisma.sql`<`;
  const cube = buildDayCubeWhere(filters, context);
  const [row] = await getDb().$queryRaw<{ listed: boolean; sameDay: number; otherDays: number; total: number }[]>`
    WITH d AS (SELECT (${call.endedAt}::timestamptz AT TIME ZONE ${tz})::date AS call_day)
    SELECT
      EXISTS (SELECT 1 FROM calls WHERE id = ${call.id}::uuid AND ${where}) AS listed,
      (SELECT count(*)::int FROM calls, d WHERE ${where}
        AND ended_at >= (d.call_day::timestamp AT TIME ZONE ${tz}) AND ended_at < ((d.call_day + 1)::timestamp AT TIME ZONE ${tz})
        AND (ended_at, id) ${before} (${call.endedAt}::timestamptz, ${call.id}::uuid)) AS "sameDay",
      days."otherDays", days.total
    FROM (
      -- One pass over the roll-up's rows of the range (about 40,000 at a million calls over 90 days).
      SELECT coalesce(sum(calls) FILTER (WHERE day ${before} d.call_day), 0)::int AS "otherDays", coalesce(sum(calls), 0)::int AS total
      FROM call_day_cube, d WHERE ${cube}
    ) AS days`;
  if (!row?.listed) return null;
  return { index: row.otherDays + row.sameDay + 1, total: row.total };
}
