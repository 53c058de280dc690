-- CreateTable
CREATE TABLE "call_day_cube" (
    "day" DATE NOT NULL,
    "outcome_key" TEXT NOT NULL,
    "sentiment_key" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "delivery_status" TEXT NOT NULL,
    "bin" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,
    "duration_sum" BIGINT NOT NULL,
    "with_duration" INTEGER NOT NULL,

    CONSTRAINT "call_day_cube_pkey" PRIMARY KEY ("day","outcome_key","sentiment_key","project_id","delivery_status","bin")
);

-- CreateTable
CREATE TABLE "call_day_cube_zone" (
    "id" INTEGER NOT NULL,
    "time_zone" TEXT,
    "built_at" TIMESTAMPTZ(3),

    CONSTRAINT "call_day_cube_zone_pkey" PRIMARY KEY ("id")
);

-- Written by hand (Prisma's differ ignores rows, functions and triggers).
-- The zone row: NULL until the first analytics request builds the cube (lib/analytics/day-cube.ts).
INSERT INTO "call_day_cube_zone" ("id", "time_zone") VALUES (1, NULL);

-- Keeps call_day_cube current: subtracts the old row's contribution and adds the new one's, in one
-- upsert whose rows are in key order, so two transactions touching the same two cube rows take
-- their locks in the same order (no deadlock between them).
CREATE FUNCTION call_day_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.ended_at, OLD.outcome_key, OLD.sentiment_key, OLD.project_id, OLD.delivery_status, OLD.duration_seconds)
         IS NOT DISTINCT FROM
         (NEW.ended_at, NEW.outcome_key, NEW.sentiment_key, NEW.project_id, NEW.delivery_status, NEW.duration_seconds) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE: waits for a rebuild in progress (which updates this row first), then reads the zone
  -- it built for. NULL: no cube yet, its first build will read this call.
  SELECT time_zone INTO zone FROM call_day_cube_zone WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO call_day_cube AS cube
    (day, outcome_key, sentiment_key, project_id, delivery_status, bin, calls, duration_sum, with_duration)
  SELECT day, outcome_key, sentiment_key, project_id, delivery_status, bin,
         sum(calls)::int, coalesce(sum(duration_seconds), 0), sum(with_duration)::int
  FROM (
    SELECT (OLD.ended_at AT TIME ZONE zone)::date AS day, coalesce(OLD.outcome_key, '') AS outcome_key,
           coalesce(OLD.sentiment_key, '') AS sentiment_key, coalesce(OLD.project_id, '') AS project_id,
           coalesce(OLD.delivery_status, '') AS delivery_status,
           coalesce(width_bucket(OLD.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1) AS bin,
           -1 AS calls, -OLD.duration_seconds AS duration_seconds, -(OLD.duration_seconds IS NOT NULL)::int AS with_duration
    WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT (NEW.ended_at AT TIME ZONE zone)::date, coalesce(NEW.outcome_key, ''),
           coalesce(NEW.sentiment_key, ''), coalesce(NEW.project_id, ''),
           coalesce(NEW.delivery_status, ''),
           coalesce(width_bucket(NEW.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1),
           1, NEW.duration_seconds, (NEW.duration_seconds IS NOT NULL)::int
    WHERE TG_OP <> 'DELETE'
  ) AS delta
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (day, outcome_key, sentiment_key, project_id, delivery_status, bin) DO UPDATE
    SET calls = cube.calls + EXCLUDED.calls,
        duration_sum = cube.duration_sum + EXCLUDED.duration_sum,
        with_duration = cube.with_duration + EXCLUDED.with_duration;
  RETURN NULL;
END
$$;

CREATE TRIGGER calls_day_cube AFTER INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION call_day_cube_apply();
