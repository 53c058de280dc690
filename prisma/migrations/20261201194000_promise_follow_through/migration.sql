-- Every payment promise (under the effective labels or the AI's) with what "Promises followed
-- through" groups it by, and its follow-through stored: the outcome of the first later call to the
-- same contact (number and account) with a deciding outcome, under each label set. /analytics reads
-- a period of them with one index-only range scan (lib/contacts/promise-stats.ts) instead of
-- probing each promise's later calls.
--
-- Nothing is filled here: at a million calls one statement takes about a minute. The table starts
-- "not built" (promise_follow_through_state) and is filled in keyset batches of contacts, each its
-- own short transaction (lib/contacts/promise-follow-through-build.ts, run by the launcher and
-- `npm run contacts:backfill`); meanwhile the page says the figures are being computed.

-- CreateTable
CREATE TABLE "promise_follow_throughs" (
    "call_id" UUID NOT NULL,
    "ended_at" TIMESTAMPTZ(3) NOT NULL,
    "project_id" TEXT,
    "delivery_status" TEXT,
    "effective_promise" BOOLEAN NOT NULL,
    "ai_promise" BOOLEAN NOT NULL,
    "has_contact" BOOLEAN NOT NULL,
    "promise_amount_cents" BIGINT,
    "promise_currency" TEXT,
    "next_outcome_key" TEXT,
    "next_ai_outcome_key" TEXT,

    CONSTRAINT "promise_follow_throughs_pkey" PRIMARY KEY ("call_id")
);

-- CreateTable
CREATE TABLE "promise_follow_through_state" (
    "id" INTEGER NOT NULL,
    "built_until" TEXT,
    "built_at" TIMESTAMPTZ(3),

    CONSTRAINT "promise_follow_through_state_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "promise_follow_throughs" ADD CONSTRAINT "promise_follow_throughs_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A period's promises of one label set, index-only: every column the statistics filter and
-- group by is a key column (Prisma indexes have no INCLUDE).
-- CreateIndex
CREATE INDEX "promise_follow_throughs_effective_idx" ON "promise_follow_throughs"("effective_promise", "ended_at", "project_id", "delivery_status", "has_contact", "promise_currency", "promise_amount_cents", "next_outcome_key", "call_id");

-- CreateIndex
CREATE INDEX "promise_follow_throughs_ai_idx" ON "promise_follow_throughs"("ai_promise", "ended_at", "project_id", "delivery_status", "has_contact", "promise_currency", "promise_amount_cents", "next_ai_outcome_key", "call_id");

-- Written by hand from here on (Prisma's differ ignores rows, functions and triggers).

-- built_until: the contact numbers up to it (in the index's order) are built; NULL: none.
-- built_at: set when every promise is (then the trigger maintains all of them). A database without
-- calls (a new installation) is built already.
INSERT INTO "promise_follow_through_state" ("id", "built_at")
  SELECT 1, CASE WHEN NOT EXISTS (SELECT 1 FROM "calls") THEN CURRENT_TIMESTAMP END;

-- The outcomes that decide a promise: DECIDING_OUTCOME_KEYS of lib/contacts/promises.ts (a test
-- compares the two).
CREATE FUNCTION promise_deciding_outcomes() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['payment_completed', 'payment_promise', 'payment_extension', 'not_interested', 'dispute', 'do_not_call', 'refused']::text[]
$$;

-- The promises of the contact numbers from `numbers_from` to `numbers_to` (inclusive) and the
-- outcome of each one's first later deciding call, per label set. Walking a contact's calls newest
-- first, the frame "every later call" only grows, so the earliest deciding one is a running min
-- (O(calls), no probe per promise) over a key that sorts like (ended_at, id): the time as digits,
-- the id, then the outcome, which is read back from character 57 on.
CREATE FUNCTION promise_next_outcomes(numbers_from text, numbers_to text)
RETURNS TABLE (call_id uuid, next_outcome_key text, next_ai_outcome_key text) LANGUAGE sql STABLE AS $$
  SELECT id, substr(next_effective, 57), substr(next_ai, 57)
  FROM (
    SELECT c.id, c.effective_outcome_key, c.outcome_key,
           min((to_char(c.ended_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || c.id::text || c.effective_outcome_key) COLLATE "C")
             FILTER (WHERE c.effective_outcome_key = ANY (promise_deciding_outcomes())) OVER later AS next_effective,
           min((to_char(c.ended_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || c.id::text || c.outcome_key) COLLATE "C")
             FILTER (WHERE c.outcome_key = ANY (promise_deciding_outcomes())) OVER later AS next_ai
    FROM calls c
    WHERE c.contact_number BETWEEN numbers_from AND numbers_to
    WINDOW later AS (PARTITION BY c.contact_number, c.account_key ORDER BY c.ended_at DESC, c.id DESC
                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ) AS contact_calls
  WHERE effective_outcome_key = 'payment_promise' OR outcome_key = 'payment_promise'
$$;

-- The follow-through of every promise of one contact number again (any account: one statement).
CREATE FUNCTION promise_follow_through_refresh(number text) RETURNS void LANGUAGE sql AS $$
  UPDATE promise_follow_throughs p
  SET next_outcome_key = n.next_outcome_key, next_ai_outcome_key = n.next_ai_outcome_key
  FROM promise_next_outcomes(number, number) n
  WHERE p.call_id = n.call_id
    AND (p.next_outcome_key, p.next_ai_outcome_key) IS DISTINCT FROM (n.next_outcome_key, n.next_ai_outcome_key)
$$;

-- Keeps promise_follow_throughs current for every writer of calls (ingestion, also late deliveries
-- older than stored calls; a reviewer's correction; the contact backfill; a delete): the call's own
-- row, then the follow-through of its contact's promises, old and new number. Only what is built
-- is maintained; FOR SHARE waits for a build batch in progress, so a call is either read by that
-- batch or maintained here. A transaction lock per number serialises concurrent deliveries to one
-- contact (each refresh sees the other's committed call); two numbers are locked in a fixed order.
CREATE FUNCTION promise_follow_through_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  until text;
  done boolean;
  old_number text;
  new_number text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.contact_number, OLD.account_key, OLD.ended_at, OLD.outcome_key, OLD.effective_outcome_key,
          OLD.project_id, OLD.delivery_status, OLD.promise_amount_cents, OLD.promise_currency)
         IS NOT DISTINCT FROM
         (NEW.contact_number, NEW.account_key, NEW.ended_at, NEW.outcome_key, NEW.effective_outcome_key,
          NEW.project_id, NEW.delivery_status, NEW.promise_amount_cents, NEW.promise_currency) THEN
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
      (call_id, ended_at, project_id, delivery_status, effective_promise, ai_promise, has_contact, promise_amount_cents, promise_currency)
    VALUES (NEW.id, NEW.ended_at, NEW.project_id, NEW.delivery_status, NEW.effective_outcome_key IS NOT DISTINCT FROM 'payment_promise',
            NEW.outcome_key IS NOT DISTINCT FROM 'payment_promise', NEW.contact_number IS NOT NULL, NEW.promise_amount_cents, NEW.promise_currency);
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

CREATE TRIGGER calls_promise_follow_through AFTER INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION promise_follow_through_apply();
