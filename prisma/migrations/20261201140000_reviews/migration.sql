-- DropIndex
DROP INDEX "calls_analytics_idx";

-- DropIndex
DROP INDEX "calls_outcome_key_duration_seconds_id_idx";

-- DropIndex
DROP INDEX "calls_outcome_key_sentiment_key_ended_at_idx";

-- AlterTable (hand-edited: the effective keys are generated columns, see below)
ALTER TABLE "call_day_cube" DROP CONSTRAINT "call_day_cube_pkey",
ADD COLUMN     "reviewed_outcome_key" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reviewed_sentiment_key" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "effective_outcome_key" TEXT GENERATED ALWAYS AS (COALESCE(NULLIF(reviewed_outcome_key, ''), outcome_key)) STORED,
ADD COLUMN     "effective_sentiment_key" TEXT GENERATED ALWAYS AS (COALESCE(NULLIF(reviewed_sentiment_key, ''), sentiment_key)) STORED,
ADD COLUMN     "corrected" BOOLEAN GENERATED ALWAYS AS (reviewed_outcome_key <> '' OR reviewed_sentiment_key <> '') STORED,
ADD CONSTRAINT "call_day_cube_pkey" PRIMARY KEY ("day", "outcome_key", "sentiment_key", "reviewed_outcome_key", "reviewed_sentiment_key", "project_id", "delivery_status", "bin");

-- AlterTable (hand-edited). The effective keys are what every filter, count, export and chart
-- reads: the reviewer's correction, else the AI's key, kept by PostgreSQL itself so no writer can
-- forget it. Adding them rewrites the table once (about a minute at a million calls).
ALTER TABLE "calls" ADD COLUMN     "reviewed_outcome" TEXT,
ADD COLUMN     "reviewed_outcome_key" TEXT,
ADD COLUMN     "reviewed_sentiment" TEXT,
ADD COLUMN     "reviewed_sentiment_key" TEXT,
ADD COLUMN     "effective_outcome_key" TEXT GENERATED ALWAYS AS (COALESCE(reviewed_outcome_key, outcome_key)) STORED,
ADD COLUMN     "effective_sentiment_key" TEXT GENERATED ALWAYS AS (COALESCE(reviewed_sentiment_key, sentiment_key)) STORED,
ADD COLUMN     "corrected" BOOLEAN GENERATED ALWAYS AS (reviewed_outcome_key IS NOT NULL OR reviewed_sentiment_key IS NOT NULL) STORED;

-- CreateTable
CREATE TABLE "call_reviews" (
    "call_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not_reviewed',
    "assignee_id" TEXT,
    "outcome_reason" TEXT,
    "outcome_corrected_by" TEXT,
    "outcome_corrected_at" TIMESTAMPTZ(3),
    "sentiment_reason" TEXT,
    "sentiment_corrected_by" TEXT,
    "sentiment_corrected_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_reviews_pkey" PRIMARY KEY ("call_id")
);

-- CreateTable
CREATE TABLE "call_notes" (
    "id" UUID NOT NULL,
    "call_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "call_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_tags" (
    "call_id" UUID NOT NULL,
    "tag" TEXT NOT NULL,
    "added_by" TEXT,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_tags_pkey" PRIMARY KEY ("call_id","tag")
);

-- CreateTable
CREATE TABLE "call_review_changes" (
    "id" BIGSERIAL NOT NULL,
    "call_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "field" TEXT NOT NULL,
    "from_value" TEXT,
    "to_value" TEXT,
    "detail" TEXT,
    "bulk" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "call_review_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "call_reviews_status_idx" ON "call_reviews"("status");

-- CreateIndex
CREATE INDEX "call_reviews_assignee_id_idx" ON "call_reviews"("assignee_id");

-- CreateIndex
CREATE INDEX "call_notes_call_id_created_at_idx" ON "call_notes"("call_id", "created_at");

-- CreateIndex
CREATE INDEX "call_tags_tag_call_id_idx" ON "call_tags"("tag", "call_id");

-- CreateIndex
CREATE INDEX "call_review_changes_call_id_id_idx" ON "call_review_changes"("call_id", "id");

-- CreateIndex
CREATE INDEX "call_review_changes_actor_id_at_idx" ON "call_review_changes"("actor_id", "at");

-- CreateIndex
CREATE INDEX "call_review_changes_field_at_idx" ON "call_review_changes"("field", "at");

-- CreateIndex
CREATE INDEX "calls_analytics_idx" ON "calls"("ended_at", "delivery_status", "effective_outcome_key", "effective_sentiment_key", "project_id", "duration_seconds", "outcome_key", "sentiment_key");

-- CreateIndex
CREATE INDEX "calls_effective_outcome_key_duration_seconds_id_idx" ON "calls"("effective_outcome_key", "duration_seconds", "id");

-- CreateIndex
CREATE INDEX "calls_effective_outcome_key_effective_sentiment_key_ended_a_idx" ON "calls"("effective_outcome_key", "effective_sentiment_key", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_effective_outcome_key_ended_at_idx" ON "calls"("effective_outcome_key", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_effective_sentiment_key_ended_at_idx" ON "calls"("effective_sentiment_key", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_corrected_ended_at_idx" ON "calls"("corrected", "ended_at" DESC);

-- AddForeignKey
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_notes" ADD CONSTRAINT "call_notes_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here on (Prisma's differ ignores functions and triggers).
-- The roll-up keeps the reviewers' corrections beside the AI's keys: the same function as in the
-- analytics_day_cube migration, with reviewed_outcome_key and reviewed_sentiment_key added to the
-- key and to what counts as a change. Existing cube rows have no corrections ('') and stay right.
CREATE OR REPLACE FUNCTION call_day_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.ended_at, OLD.outcome_key, OLD.sentiment_key, OLD.reviewed_outcome_key, OLD.reviewed_sentiment_key,
          OLD.project_id, OLD.delivery_status, OLD.duration_seconds)
         IS NOT DISTINCT FROM
         (NEW.ended_at, NEW.outcome_key, NEW.sentiment_key, NEW.reviewed_outcome_key, NEW.reviewed_sentiment_key,
          NEW.project_id, NEW.delivery_status, NEW.duration_seconds) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE: waits for a rebuild in progress (which updates this row first), then reads the zone
  -- it built for. NULL: no cube yet, its first build will read this call.
  SELECT time_zone INTO zone FROM call_day_cube_zone WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO call_day_cube AS cube
    (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status, bin,
     calls, duration_sum, with_duration)
  SELECT day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status, bin,
         sum(calls)::int, coalesce(sum(duration_seconds), 0), sum(with_duration)::int
  FROM (
    SELECT (OLD.ended_at AT TIME ZONE zone)::date AS day, coalesce(OLD.outcome_key, '') AS outcome_key,
           coalesce(OLD.sentiment_key, '') AS sentiment_key, coalesce(OLD.reviewed_outcome_key, '') AS reviewed_outcome_key,
           coalesce(OLD.reviewed_sentiment_key, '') AS reviewed_sentiment_key, coalesce(OLD.project_id, '') AS project_id,
           coalesce(OLD.delivery_status, '') AS delivery_status,
           coalesce(width_bucket(OLD.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1) AS bin,
           -1 AS calls, -OLD.duration_seconds AS duration_seconds, -(OLD.duration_seconds IS NOT NULL)::int AS with_duration
    WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT (NEW.ended_at AT TIME ZONE zone)::date, coalesce(NEW.outcome_key, ''),
           coalesce(NEW.sentiment_key, ''), coalesce(NEW.reviewed_outcome_key, ''),
           coalesce(NEW.reviewed_sentiment_key, ''), coalesce(NEW.project_id, ''),
           coalesce(NEW.delivery_status, ''),
           coalesce(width_bucket(NEW.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1),
           1, NEW.duration_seconds, (NEW.duration_seconds IS NOT NULL)::int
    WHERE TG_OP <> 'DELETE'
  ) AS delta
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status, bin) DO UPDATE
    SET calls = cube.calls + EXCLUDED.calls,
        duration_sum = cube.duration_sum + EXCLUDED.duration_sum,
        with_duration = cube.with_duration + EXCLUDED.with_duration;
  RETURN NULL;
END
$$;

-- call_reviews, call_tags and call_review_changes have no foreign key to calls (a bulk action
-- writes 100,000 rows, and a key check locks each call: two thirds of its time). Their rows go
-- with their call instead, once per statement.
CREATE FUNCTION calls_forget_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM call_reviews WHERE call_id IN (SELECT id FROM gone);
  DELETE FROM call_tags WHERE call_id IN (SELECT id FROM gone);
  DELETE FROM call_review_changes WHERE call_id IN (SELECT id FROM gone);
  RETURN NULL;
END
$$;

CREATE TRIGGER calls_forget_reviews AFTER DELETE ON calls
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION calls_forget_reviews();
