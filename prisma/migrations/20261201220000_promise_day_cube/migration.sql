-- "Promises followed through" from a per-day roll-up of promise_follow_throughs, as the analytics
-- figures come from call_day_cube: a period of 90 days at a million calls is about 50,000 rows of
-- it instead of 250,000 promises sorted by their local day (lib/contacts/promise-stats.ts).
--
-- The roll-up has call_day_cube's dimensions under the same names (day in the zone call_day_cube
-- is built for, the AI's and the reviewed labels, project, delivery and provider status, duration
-- bin), so every filter the analytics roll-up serves is served here by the same condition
-- (buildDayCubeWhere), plus what the statistics group by: has_contact, the stated currency and the
-- follow-through under each label set; `calls` counts promises and `cents` sums their amounts.
-- For that, promise_follow_throughs copies the call's other labels, provider status and duration.
--
-- Filled without reading `calls` here: the copies are new, so the side table is emptied and marked
-- unbuilt, and the existing resumable build (promise-follow-through-build.ts, run by the launcher
-- and `npm run contacts:backfill`) fills it again in short batches; the trigger below rolls each
-- batch up as it is inserted. Meanwhile the page says the figures are being computed, as after the
-- side table's own migration. No lock on `calls` beyond the trigger replacement (a moment).

-- AlterTable
ALTER TABLE "promise_follow_throughs" ADD COLUMN     "duration_seconds" INTEGER,
ADD COLUMN     "outcome_key" TEXT,
ADD COLUMN     "provider_status" TEXT,
ADD COLUMN     "reviewed_outcome_key" TEXT,
ADD COLUMN     "reviewed_sentiment_key" TEXT,
ADD COLUMN     "sentiment_key" TEXT;

-- CreateTable
CREATE TABLE "promise_day_cube" (
    "day" DATE NOT NULL,
    "outcome_key" TEXT NOT NULL,
    "sentiment_key" TEXT NOT NULL,
    "reviewed_outcome_key" TEXT NOT NULL,
    "reviewed_sentiment_key" TEXT NOT NULL,
    "effective_outcome_key" TEXT GENERATED ALWAYS AS (COALESCE(NULLIF(reviewed_outcome_key, ''::text), outcome_key)) STORED,
    "effective_sentiment_key" TEXT GENERATED ALWAYS AS (COALESCE(NULLIF(reviewed_sentiment_key, ''::text), sentiment_key)) STORED,
    "corrected" BOOLEAN GENERATED ALWAYS AS (((reviewed_outcome_key <> ''::text) OR (reviewed_sentiment_key <> ''::text))) STORED,
    "project_id" TEXT NOT NULL,
    "delivery_status" TEXT NOT NULL,
    "provider_status" TEXT NOT NULL,
    "bin" INTEGER NOT NULL,
    "has_contact" BOOLEAN NOT NULL,
    "promise_currency" TEXT NOT NULL,
    "next_outcome_key" TEXT NOT NULL,
    "next_ai_outcome_key" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "cents" BIGINT NOT NULL,

    CONSTRAINT "promise_day_cube_pkey" PRIMARY KEY ("day","outcome_key","sentiment_key","reviewed_outcome_key","reviewed_sentiment_key","project_id","delivery_status","provider_status","bin","has_contact","promise_currency","next_outcome_key","next_ai_outcome_key")
);

-- Hand-written from here on (Prisma's differ ignores rows, functions and triggers).

UPDATE "promise_follow_through_state" SET "built_until" = NULL, "built_at" = NULL
  WHERE id = 1 AND EXISTS (SELECT 1 FROM "calls");
TRUNCATE "promise_follow_throughs";

-- The roll-up's key of a side-table row in `zone` ('' for a missing value, as in call_day_cube).
CREATE FUNCTION promise_day_cube_rows(zone text, rows_sign int, p promise_follow_throughs)
RETURNS TABLE (day date, outcome_key text, sentiment_key text, reviewed_outcome_key text, reviewed_sentiment_key text,
               project_id text, delivery_status text, provider_status text, bin int, has_contact boolean,
               promise_currency text, next_outcome_key text, next_ai_outcome_key text, calls int, cents bigint)
LANGUAGE sql STABLE AS $$
  SELECT (p.ended_at AT TIME ZONE zone)::date, coalesce(p.outcome_key, ''), coalesce(p.sentiment_key, ''),
         coalesce(p.reviewed_outcome_key, ''), coalesce(p.reviewed_sentiment_key, ''), coalesce(p.project_id, ''),
         coalesce(p.delivery_status, ''), coalesce(p.provider_status, ''),
         coalesce(width_bucket(p.duration_seconds, '{30,60,120,180,300,600}'::int[]), -1), p.has_contact,
         coalesce(p.promise_currency, ''), coalesce(p.next_outcome_key, ''), coalesce(p.next_ai_outcome_key, ''),
         rows_sign, rows_sign * coalesce(p.promise_amount_cents, 0)
$$;

-- Adds the rows `olds` (taken away) and `news` (added) in key order, in one upsert.
CREATE FUNCTION promise_day_cube_add(zone text, olds promise_follow_throughs[], news promise_follow_throughs[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO promise_day_cube AS cube
    (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status,
     provider_status, bin, has_contact, promise_currency, next_outcome_key, next_ai_outcome_key, calls, cents)
  SELECT r.day, r.outcome_key, r.sentiment_key, r.reviewed_outcome_key, r.reviewed_sentiment_key, r.project_id,
         r.delivery_status, r.provider_status, r.bin, r.has_contact, r.promise_currency, r.next_outcome_key,
         r.next_ai_outcome_key, sum(r.calls)::int, sum(r.cents)::bigint
  FROM (
    SELECT d.* FROM unnest(olds) AS o, promise_day_cube_rows(zone, -1, o) AS d
    UNION ALL
    SELECT d.* FROM unnest(news) AS n, promise_day_cube_rows(zone, 1, n) AS d
  ) AS r
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  HAVING sum(r.calls) <> 0 OR sum(r.cents) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
  ON CONFLICT (day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status,
               provider_status, bin, has_contact, promise_currency, next_outcome_key, next_ai_outcome_key) DO UPDATE
    SET calls = cube.calls + EXCLUDED.calls, cents = cube.cents + EXCLUDED.cents
$$;

-- Statement-level, with transition tables: a build batch of hundreds of promises is one aggregate
-- upsert, a delivery one row. Transition tables need one trigger per event; each branch names only
-- the tables its event has (a statement is planned when first run).
CREATE FUNCTION promise_day_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  none promise_follow_throughs[] := ARRAY[]::promise_follow_throughs[];
BEGIN
  -- FOR SHARE: waits for a rebuild of the roll-ups in progress (lib/analytics/day-cube-sql.ts
  -- rebuilds this one with call_day_cube, for the same zone). NULL: not built; its build reads these rows.
  SELECT time_zone INTO zone FROM call_day_cube_zone WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM promise_day_cube_add(zone, none, ARRAY(SELECT n::promise_follow_throughs FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM promise_day_cube_add(zone, ARRAY(SELECT o::promise_follow_throughs FROM old_rows o), none);
  ELSE
    PERFORM promise_day_cube_add(zone, ARRAY(SELECT o::promise_follow_throughs FROM old_rows o), ARRAY(SELECT n::promise_follow_throughs FROM new_rows n));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER promise_day_cube_insert AFTER INSERT ON promise_follow_throughs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION promise_day_cube_apply();
CREATE TRIGGER promise_day_cube_update AFTER UPDATE ON promise_follow_throughs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION promise_day_cube_apply();
CREATE TRIGGER promise_day_cube_delete AFTER DELETE ON promise_follow_throughs
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION promise_day_cube_apply();

-- The function of the side table's migration, copying the new columns and counting their changes.
CREATE OR REPLACE FUNCTION promise_follow_through_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  until text;
  done boolean;
  old_number text;
  new_number text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.contact_number, OLD.account_key, OLD.ended_at, OLD.outcome_key, OLD.effective_outcome_key,
          OLD.project_id, OLD.delivery_status, OLD.promise_amount_cents, OLD.promise_currency,
          OLD.sentiment_key, OLD.reviewed_outcome_key, OLD.reviewed_sentiment_key, OLD.provider_status, OLD.duration_seconds)
         IS NOT DISTINCT FROM
         (NEW.contact_number, NEW.account_key, NEW.ended_at, NEW.outcome_key, NEW.effective_outcome_key,
          NEW.project_id, NEW.delivery_status, NEW.promise_amount_cents, NEW.promise_currency,
          NEW.sentiment_key, NEW.reviewed_outcome_key, NEW.reviewed_sentiment_key, NEW.provider_status, NEW.duration_seconds) THEN
    RETURN NULL;
  END IF;
  SELECT built_until, built_at IS NOT NULL INTO until, done FROM promise_follow_through_state WHERE id = 1 FOR SHARE;
  IF NOT coalesce(done, false) AND until IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.contact_number IS NOT NULL AND (done OR OLD.contact_number <= until) THEN
    old_number := OLD.contact_number;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.contact_number IS NOT NULL AND (done OR NEW.contact_number <= until) THEN
    new_number := NEW.contact_number;
  END IF;
  IF old_number IS NOT NULL AND new_number IS NOT NULL AND old_number <> new_number AND hashtext(old_number) > hashtext(new_number) THEN
    PERFORM pg_advisory_xact_lock(hashtext('promise_follow_through'), hashtext(new_number));
  END IF;
  IF old_number IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('promise_follow_through'), hashtext(old_number));
  END IF;
  IF new_number IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('promise_follow_through'), hashtext(new_number));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM promise_follow_throughs WHERE call_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND (NEW.effective_outcome_key = 'payment_promise' OR NEW.outcome_key = 'payment_promise')
     AND (done OR new_number IS NOT NULL) THEN
    INSERT INTO promise_follow_throughs
      (call_id, ended_at, project_id, delivery_status, effective_promise, ai_promise, has_contact, promise_amount_cents, promise_currency,
       outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, provider_status, duration_seconds)
    VALUES (NEW.id, NEW.ended_at, NEW.project_id, NEW.delivery_status, NEW.effective_outcome_key IS NOT DISTINCT FROM 'payment_promise',
            NEW.outcome_key IS NOT DISTINCT FROM 'payment_promise', NEW.contact_number IS NOT NULL, NEW.promise_amount_cents, NEW.promise_currency,
            NEW.outcome_key, NEW.sentiment_key, NEW.reviewed_outcome_key, NEW.reviewed_sentiment_key, NEW.provider_status, NEW.duration_seconds);
  END IF;
  IF old_number IS NOT NULL AND old_number IS DISTINCT FROM new_number THEN
    PERFORM promise_follow_through_refresh(old_number);
  END IF;
  IF new_number IS NOT NULL THEN
    PERFORM promise_follow_through_refresh(new_number);
  END IF;
  RETURN NULL;
END
$$;

