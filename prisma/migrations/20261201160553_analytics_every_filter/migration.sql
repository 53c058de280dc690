-- AlterTable
ALTER TABLE "call_day_cube" DROP CONSTRAINT "call_day_cube_pkey",
ADD COLUMN     "provider_status" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "call_day_cube_pkey" PRIMARY KEY ("day", "outcome_key", "sentiment_key", "reviewed_outcome_key", "reviewed_sentiment_key", "project_id", "delivery_status", "provider_status", "bin");

-- Hand-written from here on (Prisma's differ ignores rows, check constraints, functions and triggers).
-- The roll-up's rows so far have no provider status (''): marked stale, so the first analytics
-- page rebuilds it from calls (lib/analytics/day-cube.ts, about 1.5 s at a million calls).
UPDATE "call_day_cube_zone" SET "time_zone" = NULL;

-- The roll-up serves duration filters that follow its bins (0-29 s is bin 0): only exact if no
-- duration is negative. The payload schema already refuses them; this holds it for every writer.
ALTER TABLE "calls" ADD CONSTRAINT "calls_duration_not_negative" CHECK ("duration_seconds" >= 0);

-- The same function as in the reviews migration, with provider_status added to the key and to
-- what counts as a change.
CREATE OR REPLACE FUNCTION call_day_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.ended_at, OLD.outcome_key, OLD.sentiment_key, OLD.reviewed_outcome_key, OLD.reviewed_sentiment_key,
          OLD.project_id, OLD.delivery_status, OLD.provider_status, OLD.duration_seconds)
         IS NOT DISTINCT FROM
         (NEW.ended_at, NEW.outcome_key, NEW.sentiment_key, NEW.reviewed_outcome_key, NEW.reviewed_sentiment_key,
          NEW.project_id, NEW.delivery_status, NEW.provider_status, NEW.duration_seconds) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE: waits for a rebuild in progress (which updates this row first), then reads the zone
  -- it built for. NULL: no cube yet, its first build will read this call.
  SELECT time_zone INTO zone FROM call_day_cube_zone WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO call_day_cube AS cube
    (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status,
     provider_status, bin, calls, duration_sum, with_duration)
  SELECT day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status,
         provider_status, bin, sum(calls)::int, coalesce(sum(duration_seconds), 0), sum(with_duration)::int
  FROM (
    SELECT (OLD.ended_at AT TIME ZONE zone)::date AS day, coalesce(OLD.outcome_key, '') AS outcome_key,
           coalesce(OLD.sentiment_key, '') AS sentiment_key, coalesce(OLD.reviewed_outcome_key, '') AS reviewed_outcome_key,
           coalesce(OLD.reviewed_sentiment_key, '') AS reviewed_sentiment_key, coalesce(OLD.project_id, '') AS project_id,
           coalesce(OLD.delivery_status, '') AS delivery_status, coalesce(OLD.provider_status, '') AS provider_status,
           coalesce(width_bucket(OLD.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1) AS bin,
           -1 AS calls, -OLD.duration_seconds AS duration_seconds, -(OLD.duration_seconds IS NOT NULL)::int AS with_duration
    WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT (NEW.ended_at AT TIME ZONE zone)::date, coalesce(NEW.outcome_key, ''),
           coalesce(NEW.sentiment_key, ''), coalesce(NEW.reviewed_outcome_key, ''),
           coalesce(NEW.reviewed_sentiment_key, ''), coalesce(NEW.project_id, ''),
           coalesce(NEW.delivery_status, ''), coalesce(NEW.provider_status, ''),
           coalesce(width_bucket(NEW.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1),
           1, NEW.duration_seconds, (NEW.duration_seconds IS NOT NULL)::int
    WHERE TG_OP <> 'DELETE'
  ) AS delta
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status, provider_status, bin) DO UPDATE
    SET calls = cube.calls + EXCLUDED.calls,
        duration_sum = cube.duration_sum + EXCLUDED.duration_sum,
        with_duration = cube.with_duration + EXCLUDED.with_duration;
  RETURN NULL;
END
$$;
