import "server-only";
// Where a call stands in the filtered list it was opened from ("3 of 67"), only where that is as
// cheap as the list's own count:
// - up to PROBE_LIMIT matches, the match probe the list runs for its count (one index read of at
//   most 2,001 short rows) gives the exact position in memory;
// - beyond it, in time order with filters the day roll-up holds (outcome, sentiment, project,
//   delivery status, date range), the roll-up counts the whole days before the call's day and an
//   index range counts the calls of that one day (about 11,000 at a million calls over 90 days);
//   the other days' totals are memoised for 30 s (the same for every call of the list);
// - otherwise (a search or duration filter with more matches, a duration order past the probe,
//   "Best match"), counting would read every match before the call: no position is shown.
import { ensureDayCube, buildDayCubeWhere, isDayCubeFilter } from "@/lib/analytics/day-cube";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { compareKeys, keysetOf } from "./keyset";
import type { CallSort } from "./list-params";
import { PROBE_LIMIT, probeMatches, type MatchKey } from "./match-probe";
import { memoize } from "./memoize";

/** 1-based: `index` of `total`. */
export type CallPosition = { index: number; total: number };

export async function findCallPosition(call: MatchKey, filters: CallFilters, sort: CallSort, context: WhereContext): Promise<CallPosition | null> {
  // "Best match" is ranked by page of candidates, and a duration order leaves out a call without one.
  if (sort === "relevance" || ((sort === "longest" || sort === "shortest") && call.durationSeconds === null)) return null;
  const keyset = keysetOf(sort);
  const where = buildCallWhere(filters, context);
  const byDay = (sort === "newest" || sort === "oldest") && isDayCubeFilter(filters);
  // A list the roll-up already knows to be longer than the probe reads skips it (at a million calls
  // the unfiltered probe reads and sends 2,001 rows for nothing: some 20-50 ms). Either way gives
  // the exact position; the memoised totals only choose the cheaper one.
  const days = byDay ? await dayTotals(filters, context) : null;
  if (days && sumOf(days) > PROBE_LIMIT) return positionByDay(call, days, sort === "newest", where, context);
  const matches = await probeMatches(where);
  if (matches) {
    const listed = matches.filter(keyset.applies);
    if (!listed.some((m) => m.id === call.id)) return null;
    return { index: listed.filter((m) => compareKeys(keyset, m, call) < 0).length + 1, total: listed.length };
  }
  if (days) return positionByDay(call, days, sort === "newest", where, context);
  return null;
}

type DayTotal = { day: string; calls: number };
const sumOf = (days: DayTotal[]) => days.reduce((sum, { calls }) => sum + calls, 0);

async function dayTotals(filters: CallFilters, context: WhereContext): Promise<DayTotal[]> {
  return cachedDayTotals(context.timeZone, buildDayCubeWhere(filters, context));
}

/**
 * The listed calls per local day of a roll-up condition: the same for every call of one list, so a
 * reviewer stepping through it pays the roll-up's sum (about 84,000 rows at a million calls over 90
 * days) once per 30 s. Only the other days come from here: the call's own day is counted fresh, so
 * a call that arrived since is missing from the total for at most 30 s, and the index never exceeds it.
 */
// The roll-up's zone is checked (and the roll-up rebuilt for another one) when the totals are read,
// not on every view: a memoised value was read from a roll-up in this zone.
const cachedDayTotals = memoize(30_000, async (timeZone: string, cube: Prisma.Sql) => {
  await ensureDayCube(timeZone);
  return getDb().$queryRaw<DayTotal[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(calls)::int AS calls FROM call_day_cube WHERE ${cube} GROUP BY day`;
});

async function positionByDay(call: MatchKey, days: DayTotal[], newestFirst: boolean, where: Prisma.Sql, context: WhereContext): Promise<CallPosition | null> {
  const tz = context.timeZone;
  const before = newestFirst ? Prisma.sql`>` : Prisma.sql`<`;
  const [row] = await getDb().$queryRaw<{ listed: boolean; callDay: string; sameDay: number; dayTotal: number }[]>`
      WITH d AS (SELECT (${call.endedAt}::timestamptz AT TIME ZONE ${tz})::date AS call_day)
      SELECT
        EXISTS (SELECT 1 FROM calls WHERE id = ${call.id}::uuid AND ${where}) AS listed,
        to_char(d.call_day, 'YYYY-MM-DD') AS "callDay", day_calls."sameDay", day_calls."dayTotal"
      FROM d, LATERAL (
        -- The call's own day: its index range (about 11,000 calls at a million over 90 days).
        SELECT count(*) FILTER (WHERE (ended_at, id) ${before} (${call.endedAt}::timestamptz, ${call.id}::uuid))::int AS "sameDay",
               count(*)::int AS "dayTotal"
        FROM calls WHERE ${where}
          AND ended_at >= (d.call_day::timestamp AT TIME ZONE ${tz}) AND ended_at < ((d.call_day + 1)::timestamp AT TIME ZONE ${tz})
      ) AS day_calls`;
  if (!row?.listed) return null;
  let otherDays = 0;
  let total = row.dayTotal;
  for (const { day, calls } of days) {
    if (day === row.callDay) continue;
    total += calls;
    if (newestFirst ? day > row.callDay : day < row.callDay) otherDays += calls;
  }
  return { index: otherDays + row.sameDay + 1, total };
}
