import "server-only";
// "Promises followed through" from the per-day roll-up of promise_follow_throughs (table
// promise_day_cube, migration 20261201220000_promise_day_cube): the same groups as promisesQuery
// (promise-stats.ts) reads from the promises themselves, from about 50,000 rows instead of 250,000
// promises over 90 days at a million calls. The roll-up has the analytics roll-up's dimensions
// under the same names, so it serves exactly the filters that one does (isDayCubeFilter), by the
// same condition (buildDayCubeWhere); it is built in the same zone (ensureDayCube rebuilds both).
import { buildDayCubeWhere, isDayCubeFilter } from "@/lib/analytics/day-cube";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import type { Day } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BackfillProgress } from "./backfill-progress";

/**
 * Whether the roll-up answers `filters`: the analytics roll-up's filters, and every stored amount
 * re-derived (while the contacts backfill runs, each promise says whether it is reached yet, which
 * a day's sum cannot).
 */
export function promiseDayCubeServes(filters: CallFilters, progress: BackfillProgress): boolean {
  return progress.done && isDayCubeFilter(filters);
}

/**
 * The roll-up's rows of `filters`, regrouped as promisesQuery groups, with the few promises a
 * reviewer corrected moved from their stored amount to the reviewer's: the roll-up holds what
 * derive.ts stored, so each such promise (of these filters, found through its call's primary key)
 * is taken away with its stored currency and amount and added again with the corrected ones.
 * Groups left with no promise are dropped, as a plain count has none.
 */
export function promiseDayCubeQuery(filters: CallFilters, context: WhereContext, judgedUntil: Day): Prisma.Sql {
  const ai = filters.labels === "ai";
  const isPromise = Prisma.raw(ai ? "outcome_key = 'payment_promise'" : "effective_outcome_key = 'payment_promise'");
  const isPromiseRow = Prisma.raw(ai ? "p.ai_promise" : "p.effective_promise");
  const next = Prisma.raw(ai ? "next_ai_outcome_key" : "next_outcome_key");
  const localDay = Prisma.sql`(p.ended_at AT TIME ZONE ${context.timeZone})::date`;
  // Unqualified, buildCallWhere's columns are those of calls, the innermost table.
  const ofCall = Prisma.sql`EXISTS (SELECT 1 FROM calls WHERE calls.id = p.call_id AND ${buildCallWhere(filters, context)})`;
  return Prisma.sql`
    WITH corrected AS (
      SELECT ${localDay} AS day, p.has_contact, coalesce(p.${next}, '') AS next,
             coalesce(p.promise_currency, '') AS stored_currency, coalesce(p.promise_amount_cents, 0) AS stored_cents,
             coalesce(r.promise_currency, '') AS currency, coalesce(r.promise_amount_cents, 0) AS cents
      FROM call_reviews r JOIN promise_follow_throughs p ON p.call_id = r.call_id
      WHERE r.promise_corrected_at IS NOT NULL AND ${isPromiseRow} AND ${ofCall}
    ),
    promise_rows AS (
      SELECT day, has_contact, ${next} AS next, promise_currency AS currency, calls AS promises, cents
      FROM promise_day_cube WHERE ${isPromise} AND ${buildDayCubeWhere(filters, context)}
      UNION ALL SELECT day, has_contact, next, stored_currency, -1, -stored_cents FROM corrected
      UNION ALL SELECT day, has_contact, next, currency, 1, cents FROM corrected
    ),
    grouped AS (
      SELECT day, has_contact, CASE WHEN has_contact AND day <= ${judgedUntil}::date THEN nullif(next, '') END AS next_outcome,
             nullif(currency, '') AS currency, sum(promises) AS promises, sum(cents) AS cents
      FROM promise_rows
      GROUP BY 1, 2, 3, 4
      HAVING sum(promises) <> 0
    )
    SELECT to_char(day, 'YYYY-MM-DD') AS day, has_contact AS "hasContact", day <= ${judgedUntil}::date AS judged,
           next_outcome AS "nextOutcome", currency, false AS pending, promises::int AS promises, cents::float8 AS cents
    FROM grouped`;
}
