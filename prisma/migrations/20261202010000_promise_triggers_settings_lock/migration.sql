-- Written by hand (Prisma's differ ignores functions and triggers). The last two triggers that read
-- a settings row FOR SHARE take the shared advisory lock instead, as ingest_trigger_shortcuts did
-- for the others: the promise follow-through trigger on calls (promise_follow_through_state) and
-- the promise roll-up's statement trigger (call_day_cube_zone). A row lock that several deliveries
-- hold at once is a MultiXact: a heap write and WAL on one hot page per delivery.
--
-- The writers of promise_follow_through_state take the lock exclusively: every write statement
-- through the statement trigger below, and a build batch, which locks the row before it builds
-- (lib/contacts/promise-follow-through-build.ts), through settings_row_lock_for_write before its
-- SELECT ... FOR UPDATE. So a call written meanwhile is still either read by the batch or
-- maintained by the trigger.

CREATE FUNCTION settings_row_lock_for_write(settings_table text) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('settings_row'), hashtext(settings_table));
$$;

CREATE TRIGGER promise_follow_through_state_write_lock BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON promise_follow_through_state
  FOR EACH STATEMENT EXECUTE FUNCTION settings_row_write_lock();

-- As in promise_trigger_skips_undeciding_calls; only the read of the state changed.
CREATE OR REPLACE FUNCTION promise_follow_through_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  until text;
  done boolean;
  old_number text;
  new_number text;
BEGIN
  -- A call that is neither a promise nor deciding (no answer, voicemail, a call back...) under
  -- either label set, before and after, changes no promise's first later deciding call and has no
  -- row of its own: nothing to lock, read or refresh. Most deliveries are such calls.
  IF (TG_OP = 'INSERT' OR NOT coalesce(OLD.effective_outcome_key = ANY (promise_deciding_outcomes())
                                        OR OLD.outcome_key = ANY (promise_deciding_outcomes()), false))
     AND (TG_OP = 'DELETE' OR NOT coalesce(NEW.effective_outcome_key = ANY (promise_deciding_outcomes())
                                        OR NEW.outcome_key = ANY (promise_deciding_outcomes()), false)) THEN
    RETURN NULL;
  END IF;
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
  -- Waits for a build batch in progress (it takes the lock before it reads the state), then reads
  -- the state it left.
  PERFORM settings_row_read_lock('promise_follow_through_state');
  SELECT built_until, built_at IS NOT NULL INTO until, done FROM promise_follow_through_state WHERE id = 1;
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

-- As in promise_day_cube; only the read of the zone changed.
CREATE OR REPLACE FUNCTION promise_day_cube_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  none promise_follow_throughs[] := ARRAY[]::promise_follow_throughs[];
BEGIN
  -- Waits for a rebuild of the roll-ups in progress (lib/analytics/day-cube-sql.ts rebuilds this one
  -- with call_day_cube, for the same zone). NULL: not built; its build reads these rows.
  PERFORM settings_row_read_lock('call_day_cube_zone');
  SELECT time_zone INTO zone FROM call_day_cube_zone WHERE id = 1;
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
