// The statements that rebuild the per-day roll-up (day-cube.ts) from `calls`, shared by the page's
// lazy rebuild and by data:generate, which rebuilds it after a bulk load (with its trigger off).
import { Prisma } from "@/lib/generated/prisma/client";
import { DURATION_EDGES } from "./durations";

/** Taken first by every rebuild, so concurrent ones run one after the other. */
export const LOCK_DAY_CUBE = Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('call_day_cube'))`;

/**
 * Records `timeZone` (first: the triggers wait on this row, so a call written meanwhile is counted
 * once, in the new zone), empties the cube and rolls every call up again, and the promises' cube
 * likewise from promise_follow_throughs. One transaction.
 */
export function rebuildDayCubeSql(timeZone: string): Prisma.Sql[] {
  return [
    Prisma.sql`
      INSERT INTO call_day_cube_zone (id, time_zone, built_at) VALUES (1, ${timeZone}, now())
      ON CONFLICT (id) DO UPDATE SET time_zone = EXCLUDED.time_zone, built_at = EXCLUDED.built_at`,
    Prisma.sql`TRUNCATE call_day_cube`,
    Prisma.sql`
      INSERT INTO call_day_cube (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key,
                                 project_id, delivery_status, provider_status, bin, calls, duration_sum, with_duration)
      SELECT (ended_at AT TIME ZONE ${timeZone})::date, coalesce(outcome_key, ''), coalesce(sentiment_key, ''),
             coalesce(reviewed_outcome_key, ''), coalesce(reviewed_sentiment_key, ''),
             coalesce(project_id, ''), coalesce(delivery_status, ''), coalesce(provider_status, ''),
             coalesce(width_bucket(duration_seconds, ${[...DURATION_EDGES]}::int[]), -1),
             count(*), coalesce(sum(duration_seconds), 0), count(duration_seconds)
      FROM calls GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    // The promises' roll-up is kept in the same zone (its trigger reads call_day_cube_zone), so it
    // is rebuilt here too: from promise_follow_throughs, about 270,000 rows at a million calls.
    Prisma.sql`TRUNCATE promise_day_cube`,
    Prisma.sql`
      INSERT INTO promise_day_cube (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id,
                                    delivery_status, provider_status, bin, has_contact, promise_currency, next_outcome_key,
                                    next_ai_outcome_key, calls, cents)
      SELECT r.day, r.outcome_key, r.sentiment_key, r.reviewed_outcome_key, r.reviewed_sentiment_key, r.project_id,
             r.delivery_status, r.provider_status, r.bin, r.has_contact, r.promise_currency, r.next_outcome_key,
             r.next_ai_outcome_key, sum(r.calls)::int, sum(r.cents)::bigint
      FROM promise_follow_throughs p, promise_day_cube_rows(${timeZone}, 1, p) r
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13`,
  ];
}
