-- CreateTable
CREATE TABLE "calling_rule_day_deltas" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "project_id" TEXT NOT NULL,
    "flagged" INTEGER NOT NULL,
    "over_limit" INTEGER NOT NULL,
    "after_conversation" INTEGER NOT NULL,

    CONSTRAINT "calling_rule_day_deltas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure_day_deltas" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "project_id" TEXT NOT NULL,
    "outcome_key" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,

    CONSTRAINT "disclosure_day_deltas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calling_rule_periods" (
    "id" SERIAL NOT NULL,
    "first_day" DATE NOT NULL,
    "last_day" DATE NOT NULL,
    "project_filter" TEXT NOT NULL DEFAULT '',
    "built_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calling_rule_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calling_rule_period_contacts" (
    "period_id" INTEGER NOT NULL,
    "contact_number" TEXT NOT NULL,
    "account_key" TEXT NOT NULL,
    "flagged" INTEGER NOT NULL,
    "over_limit" INTEGER NOT NULL,
    "after_conversation" INTEGER NOT NULL,
    "max_attempts" INTEGER NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calling_rule_period_contacts_pkey" PRIMARY KEY ("period_id","contact_number","account_key")
);

-- CreateIndex
CREATE INDEX "calling_rule_day_deltas_day_project_id_flagged_over_limit_a_idx" ON "calling_rule_day_deltas"("day", "project_id", "flagged", "over_limit", "after_conversation");

-- CreateIndex

-- CreateIndex
CREATE INDEX "disclosure_day_deltas_covering_idx" ON "disclosure_day_deltas"("day", "project_id", "outcome_key", "calls", "missing");

-- CreateIndex
CREATE INDEX "calling_rule_periods_last_day_first_day_idx" ON "calling_rule_periods"("last_day", "first_day");

-- CreateIndex
CREATE UNIQUE INDEX "calling_rule_periods_first_day_last_day_project_filter_key" ON "calling_rule_periods"("first_day", "last_day", "project_filter");

-- CreateIndex
CREATE INDEX "calling_rule_period_contacts_ranking_idx" ON "calling_rule_period_contacts"("period_id", "flagged" DESC, "last_at" DESC, "contact_number", "account_key");

-- AddForeignKey
ALTER TABLE "calling_rule_period_contacts" ADD CONSTRAINT "calling_rule_period_contacts_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "calling_rule_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "calling_rule_period_counts" (
    "id" BIGSERIAL NOT NULL,
    "period_id" INTEGER NOT NULL,
    "contacts" INTEGER NOT NULL,

    CONSTRAINT "calling_rule_period_counts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "calling_rule_period_counts_period_id_contacts_idx" ON "calling_rule_period_counts"("period_id", "contacts");

-- AddForeignKey
ALTER TABLE "calling_rule_period_counts" ADD CONSTRAINT "calling_rule_period_counts_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "calling_rule_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand from here on (Prisma's differ ignores rows, functions and triggers).
--
-- Two roll-ups of calling_rule_flags, so the Compliance page reads figures instead of grouping
-- ~40k flagged calls into ~20k contacts at every view (1M calls, 90 days):
--   calling_rule_day_deltas       flag counts per local day and project, for the per-day,
--                                 per-project and total figures. Append-only deltas written by a
--                                 statement trigger on the flags: whatever changes a flag (the
--                                 refresh, a rebuild, a call deleted by cascade) is counted, and no
--                                 writer waits on another's row. Folded by lib/compliance/flag-days.ts.
--   calling_rule_period_contacts  each flagged contact's counts in a period the page was asked
--                                 for, in ranking order. Built at the first request of a period;
--                                 calling_rules_refresh keeps every period it touches current;
--                                 calling_rule_period_counts holds their contact counts as deltas.
--   disclosure_day_deltas         delivered calls with an outcome, and those without a disclosure
--                                 phrase, per local day, project and outcome (deltas from a row
--                                 trigger on calls), instead of counting ~50k undisclosed calls
--                                 and 66k rows of the analytics roll-up per 90-day view.
--
-- And a "conversation" now follows a reviewer's correction: the effective outcome
-- (calls.effective_outcome_key: the correction, else the AI's key) instead of the AI's own.

CREATE FUNCTION calling_rule_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A transition table is only planned when its branch runs, so one function serves all three.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
    SELECT day, project_id, count(*), count(*) FILTER (WHERE over_limit), count(*) FILTER (WHERE after_conversation)
    FROM added GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
    SELECT day, project_id, -count(*), -count(*) FILTER (WHERE over_limit), -count(*) FILTER (WHERE after_conversation)
    FROM gone GROUP BY 1, 2;
  ELSE
    INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
    SELECT day, project_id, sum(flagged), sum(over_limit), sum(after_conversation)
    FROM (
      SELECT day, project_id, 1 AS flagged, over_limit::int AS over_limit, after_conversation::int AS after_conversation FROM added
      UNION ALL
      SELECT day, project_id, -1, -over_limit::int, -after_conversation::int FROM gone
    ) AS change
    GROUP BY 1, 2
    HAVING sum(flagged) <> 0 OR sum(over_limit) <> 0 OR sum(after_conversation) <> 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER calling_rule_flags_days_insert AFTER INSERT ON calling_rule_flags
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION calling_rule_days_apply();
CREATE TRIGGER calling_rule_flags_days_delete AFTER DELETE ON calling_rule_flags
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION calling_rule_days_apply();
CREATE TRIGGER calling_rule_flags_days_update AFTER UPDATE ON calling_rule_flags
  REFERENCING OLD TABLE AS gone NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION calling_rule_days_apply();

-- The existing flags, counted once: reads calling_rule_flags only (tens of thousands of rows at
-- 1M calls), never `calls`.
INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
SELECT day, project_id, count(*), count(*) FILTER (WHERE over_limit), count(*) FILTER (WHERE after_conversation)
FROM calling_rule_flags GROUP BY 1, 2;

-- `unit`'s counts in every stored period that overlaps local days `first` to `last`, again from
-- its flags (a few rows through calling_rule_flags_contact_number_account_key_ended_at_idx).
CREATE FUNCTION calling_rule_periods_refresh(unit_number text, unit_account text, first date, last date)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  gone_ids integer[];
  added_ids integer[];
BEGIN
  WITH gone AS (
    DELETE FROM calling_rule_period_contacts pc USING calling_rule_periods p
    WHERE pc.period_id = p.id AND p.first_day <= last AND p.last_day >= first
      AND pc.contact_number = unit_number AND pc.account_key = unit_account
    RETURNING pc.period_id
  )
  SELECT coalesce(array_agg(period_id), '{}') INTO gone_ids FROM gone;
  WITH added AS (
    INSERT INTO calling_rule_period_contacts
      (period_id, contact_number, account_key, flagged, over_limit, after_conversation, max_attempts, last_at)
    SELECT p.id, unit_number, unit_account, count(*), count(*) FILTER (WHERE f.over_limit),
           count(*) FILTER (WHERE f.after_conversation), max(f.attempts_7d), max(f.ended_at)
    FROM calling_rule_periods p
    JOIN calling_rule_flags f ON f.contact_number = unit_number AND f.account_key = unit_account
      AND f.day BETWEEN p.first_day AND p.last_day AND (p.project_filter = '' OR f.project_id = p.project_filter)
    WHERE p.first_day <= last AND p.last_day >= first
    GROUP BY p.id
    RETURNING period_id
  )
  SELECT coalesce(array_agg(period_id), '{}') INTO added_ids FROM added;
  -- A contact that entered or left a period changes its count (rare: most refreshes change neither).
  INSERT INTO calling_rule_period_counts (period_id, contacts)
  SELECT period_id, sum(change)
  FROM (SELECT unnest(gone_ids) AS period_id, -1 AS change UNION ALL SELECT unnest(added_ids), 1) AS changes
  GROUP BY period_id HAVING sum(change) <> 0;
END
$$;

-- The period's id, building its contacts at the first request; NULL when the flags are not built
-- for `zone` (nothing to count yet). While it builds, it holds contact_state's row, which the
-- calls trigger reads FOR SHARE: no refresh runs meanwhile, and every later one sees the period.
-- The 24 most recent periods are kept (presets move every day; older ones are no longer asked for).
CREATE FUNCTION calling_rule_period_ensure(first date, last date, project text, zone text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  found_id integer;
BEGIN
  SELECT p.id INTO found_id FROM calling_rule_periods p JOIN contact_state s ON s.id = 1 AND s.rules_zone = zone
  WHERE p.first_day = first AND p.last_day = last AND p.project_filter = project;
  IF found_id IS NOT NULL THEN
    RETURN found_id;
  END IF;
  PERFORM 1 FROM contact_state WHERE id = 1 AND rules_zone = zone FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT id INTO found_id FROM calling_rule_periods WHERE first_day = first AND last_day = last AND project_filter = project;
  IF found_id IS NOT NULL THEN
    RETURN found_id;
  END IF;
  DELETE FROM calling_rule_periods WHERE id NOT IN (SELECT id FROM calling_rule_periods ORDER BY id DESC LIMIT 23);
  INSERT INTO calling_rule_periods (first_day, last_day, project_filter) VALUES (first, last, project) RETURNING id INTO found_id;
  INSERT INTO calling_rule_period_contacts
    (period_id, contact_number, account_key, flagged, over_limit, after_conversation, max_attempts, last_at)
  SELECT found_id, contact_number, account_key, count(*), count(*) FILTER (WHERE over_limit),
         count(*) FILTER (WHERE after_conversation), max(attempts_7d), max(ended_at)
  FROM calling_rule_flags
  WHERE day BETWEEN first AND last AND (project = '' OR project_id = project)
  GROUP BY contact_number, account_key;
  INSERT INTO calling_rule_period_counts (period_id, contacts)
  SELECT found_id, count(*) FROM calling_rule_period_contacts WHERE period_id = found_id;
  RETURN found_id;
END
$$;

-- As in the contacts migration, with three changes: a conversation is judged on the effective
-- outcome; only flags that change are written (a delete and re-insert of the same flag would add
-- two deltas for nothing); and the contact's counts in the stored periods follow.
CREATE OR REPLACE FUNCTION calling_rules_refresh(unit_number text, unit_account text, at timestamptz, zone text, excluded text[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d date := (at AT TIME ZONE zone)::date;
  context_from timestamptz := (d - 6)::timestamp AT TIME ZONE zone;
  flags_from timestamptz := d::timestamp AT TIME ZONE zone;
  flags_to timestamptz := (d + 7)::timestamp AT TIME ZONE zone;
BEGIN
  WITH wanted AS (
    SELECT id, ended_at, day, project_id, attempts,
           CASE WHEN last_conversation >= day - 6 THEN last_conversation END AS conversation_day,
           attempts > 7 AS over_limit, coalesce(last_conversation >= day - 6, false) AS after_conversation
    FROM (
      SELECT id, ended_at, day, project_id,
             (count(*) OVER (ORDER BY day_number RANGE BETWEEN 6 PRECEDING AND 1 PRECEDING)
              + row_number() OVER (PARTITION BY day_number ORDER BY ended_at, id))::int AS attempts,
             max(conversation) OVER (ORDER BY ended_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_conversation
      FROM (
        SELECT c.id, c.ended_at, (c.ended_at AT TIME ZONE zone)::date AS day,
               (c.ended_at AT TIME ZONE zone)::date - date '2000-01-01' AS day_number,
               coalesce(c.project_id, '') AS project_id,
               CASE WHEN c.delivery_status = 'pass' AND c.effective_outcome_key IS NOT NULL AND c.effective_outcome_key <> ALL (excluded)
                    THEN (c.ended_at AT TIME ZONE zone)::date END AS conversation
        FROM calls c
        WHERE c.contact_number = unit_number AND coalesce(c.account_key, '') = unit_account
          AND c.ended_at >= context_from AND c.ended_at < flags_to
      ) AS contact_calls
    ) AS ranked
    WHERE ended_at >= flags_from AND (attempts > 7 OR last_conversation >= day - 6)
  ), stale AS (
    DELETE FROM calling_rule_flags f
    WHERE f.contact_number = unit_number AND f.account_key = unit_account AND f.ended_at >= flags_from AND f.ended_at < flags_to
      AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.id = f.call_id)
  )
  INSERT INTO calling_rule_flags AS f
    (call_id, contact_number, account_key, ended_at, day, project_id, attempts_7d, conversation_day, over_limit, after_conversation)
  SELECT id, unit_number, unit_account, ended_at, day, project_id, attempts, conversation_day, over_limit, after_conversation
  FROM wanted
  -- A call moved into this range by the same statement may still have its row from where it was
  -- (its own trigger refreshes that range later): take the row over.
  ON CONFLICT (call_id) DO UPDATE SET
    contact_number = EXCLUDED.contact_number, account_key = EXCLUDED.account_key, ended_at = EXCLUDED.ended_at,
    day = EXCLUDED.day, project_id = EXCLUDED.project_id, attempts_7d = EXCLUDED.attempts_7d,
    conversation_day = EXCLUDED.conversation_day, over_limit = EXCLUDED.over_limit, after_conversation = EXCLUDED.after_conversation
  WHERE (f.contact_number, f.account_key, f.ended_at, f.day, f.project_id, f.attempts_7d, f.conversation_day, f.over_limit, f.after_conversation)
        IS DISTINCT FROM
        (EXCLUDED.contact_number, EXCLUDED.account_key, EXCLUDED.ended_at, EXCLUDED.day, EXCLUDED.project_id, EXCLUDED.attempts_7d,
         EXCLUDED.conversation_day, EXCLUDED.over_limit, EXCLUDED.after_conversation);
  PERFORM calling_rule_periods_refresh(unit_number, unit_account, d, d + 6);
END
$$;

-- As in the contacts migration, judging conversations on the effective outcome, and starting the
-- roll-ups afresh (the flags' insert trigger writes the day deltas again; periods build on demand;
-- the disclosure deltas are counted here, in the same zone).
CREATE OR REPLACE FUNCTION calling_rules_rebuild(zone text, excluded text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contact_state SET rules_zone = zone, rules_non_conversation = excluded, rules_built_at = now() WHERE id = 1;
  TRUNCATE calling_rule_flags, calling_rule_day_deltas, calling_rule_periods, calling_rule_period_contacts, calling_rule_period_counts,
    disclosure_day_deltas;
  INSERT INTO disclosure_day_deltas (day, project_id, outcome_key, calls, missing)
  SELECT (ended_at AT TIME ZONE zone)::date, coalesce(project_id, ''), outcome_key, count(*), count(*) FILTER (WHERE disclosure_found = false)
  FROM calls
  WHERE delivery_status = 'pass' AND outcome_key IS NOT NULL
  GROUP BY 1, 2, 3;
  INSERT INTO calling_rule_flags
    (call_id, contact_number, account_key, ended_at, day, project_id, attempts_7d, conversation_day, over_limit, after_conversation)
  SELECT id, contact_number, account_key, ended_at, day, project_id, attempts,
         CASE WHEN last_conversation >= day - 6 THEN last_conversation END, attempts > 7, coalesce(last_conversation >= day - 6, false)
  FROM (
    SELECT id, contact_number, account_key, ended_at, day, project_id,
           (count(*) OVER (PARTITION BY contact_number, account_key ORDER BY day_number RANGE BETWEEN 6 PRECEDING AND 1 PRECEDING)
            + row_number() OVER (PARTITION BY contact_number, account_key, day_number ORDER BY ended_at, id))::int AS attempts,
           max(conversation) OVER (PARTITION BY contact_number, account_key ORDER BY ended_at, id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_conversation
    FROM (
      SELECT c.id, c.contact_number, coalesce(c.account_key, '') AS account_key, c.ended_at,
             (c.ended_at AT TIME ZONE zone)::date AS day,
             (c.ended_at AT TIME ZONE zone)::date - date '2000-01-01' AS day_number,
             coalesce(c.project_id, '') AS project_id,
             CASE WHEN c.delivery_status = 'pass' AND c.effective_outcome_key IS NOT NULL AND c.effective_outcome_key <> ALL (excluded)
                  THEN (c.ended_at AT TIME ZONE zone)::date END AS conversation
      FROM calls c
      WHERE c.contact_number IS NOT NULL
    ) AS contact_calls
  ) AS ranked
  WHERE attempts > 7 OR last_conversation >= day - 6;
END
$$;

-- As in the contacts migration, and a correction that changes whether a call is a conversation
-- now refreshes its contact from that call's day, in the correction's transaction. Any other
-- correction (of the sentiment, or between two conversation outcomes) changes no flag.
CREATE OR REPLACE FUNCTION calling_rules_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  excluded text[];
  old_key text;
  new_key text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.contact_number, OLD.account_key, OLD.ended_at, OLD.effective_outcome_key, OLD.delivery_status, OLD.project_id)
         IS NOT DISTINCT FROM
         (NEW.contact_number, NEW.account_key, NEW.ended_at, NEW.effective_outcome_key, NEW.delivery_status, NEW.project_id) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE: waits for a rebuild in progress, then reads what it built for. NULL: not built yet,
  -- its first build will read this call.
  SELECT rules_zone, rules_non_conversation INTO zone, excluded FROM contact_state WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE'
     AND (OLD.contact_number, OLD.account_key, OLD.ended_at, OLD.delivery_status, OLD.project_id)
         IS NOT DISTINCT FROM (NEW.contact_number, NEW.account_key, NEW.ended_at, NEW.delivery_status, NEW.project_id)
     AND (OLD.delivery_status = 'pass' AND OLD.effective_outcome_key IS NOT NULL AND OLD.effective_outcome_key <> ALL (excluded))
         IS NOT DISTINCT FROM
         (NEW.delivery_status = 'pass' AND NEW.effective_outcome_key IS NOT NULL AND NEW.effective_outcome_key <> ALL (excluded)) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.contact_number IS NOT NULL THEN
    old_key := OLD.contact_number || '|' || coalesce(OLD.account_key, '');
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.contact_number IS NOT NULL THEN
    new_key := NEW.contact_number || '|' || coalesce(NEW.account_key, '');
  END IF;
  IF old_key IS NOT NULL AND new_key IS NOT NULL AND old_key <> new_key AND hashtext(old_key) > hashtext(new_key) THEN
    PERFORM pg_advisory_xact_lock(hashtext('calling_rules'), hashtext(new_key));
  END IF;
  IF old_key IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('calling_rules'), hashtext(old_key));
  END IF;
  IF new_key IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('calling_rules'), hashtext(new_key));
  END IF;
  IF old_key IS NOT NULL THEN
    PERFORM calling_rules_refresh(OLD.contact_number, coalesce(OLD.account_key, ''), OLD.ended_at, zone, excluded);
  END IF;
  IF new_key IS NOT NULL THEN
    PERFORM calling_rules_refresh(NEW.contact_number, coalesce(NEW.account_key, ''), NEW.ended_at, zone, excluded);
  END IF;
  RETURN NULL;
END
$$;

-- Keeps disclosure_day_deltas current: a call that is or was delivered with an outcome adds -1
-- for where it was and +1 for where it is (and for `missing` when disclosure_found is false).
-- Judged on the AI's outcome, as the disclosure check reads the AI's own turns. Days are those of
-- the flags' zone.
CREATE FUNCTION disclosure_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  was boolean := false;
  is_now boolean := false;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    was := OLD.delivery_status = 'pass' AND OLD.outcome_key IS NOT NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    is_now := NEW.delivery_status = 'pass' AND NEW.outcome_key IS NOT NULL;
  END IF;
  IF NOT (was OR is_now) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND was AND is_now
     AND (OLD.ended_at, OLD.project_id, OLD.outcome_key, OLD.disclosure_found IS NOT DISTINCT FROM false)
         IS NOT DISTINCT FROM (NEW.ended_at, NEW.project_id, NEW.outcome_key, NEW.disclosure_found IS NOT DISTINCT FROM false) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE, as calling_rules_apply: a rebuild in progress is waited for, then added to.
  SELECT rules_zone INTO zone FROM contact_state WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO disclosure_day_deltas (day, project_id, outcome_key, calls, missing)
  SELECT (OLD.ended_at AT TIME ZONE zone)::date, coalesce(OLD.project_id, ''), OLD.outcome_key, -1, -(OLD.disclosure_found IS NOT DISTINCT FROM false)::int WHERE was
  UNION ALL
  SELECT (NEW.ended_at AT TIME ZONE zone)::date, coalesce(NEW.project_id, ''), NEW.outcome_key, 1, (NEW.disclosure_found IS NOT DISTINCT FROM false)::int WHERE is_now;
  RETURN NULL;
END
$$;

CREATE TRIGGER calls_disclosure_days AFTER INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION disclosure_days_apply();

-- Folds the deltas of local days `first` to `last` into one row per key (lib/compliance/flag-days.ts).
-- A delta written meanwhile is not in the DELETE's snapshot, so it stays as it is.
CREATE FUNCTION calling_rule_deltas_fold(first date, last date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH folded AS (
    DELETE FROM calling_rule_day_deltas WHERE day BETWEEN first AND last
    RETURNING day, project_id, flagged, over_limit, after_conversation
  )
  INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
  SELECT day, project_id, sum(flagged), sum(over_limit), sum(after_conversation)
  FROM folded GROUP BY day, project_id HAVING sum(flagged) <> 0 OR sum(over_limit) <> 0 OR sum(after_conversation) <> 0;
  WITH folded AS (
    DELETE FROM disclosure_day_deltas WHERE day BETWEEN first AND last RETURNING day, project_id, outcome_key, calls, missing
  )
  INSERT INTO disclosure_day_deltas (day, project_id, outcome_key, calls, missing)
  SELECT day, project_id, outcome_key, sum(calls), sum(missing) FROM folded GROUP BY 1, 2, 3 HAVING sum(calls) <> 0 OR sum(missing) <> 0;
  WITH folded AS (DELETE FROM calling_rule_period_counts RETURNING period_id, contacts)
  INSERT INTO calling_rule_period_counts (period_id, contacts) SELECT period_id, sum(contacts) FROM folded GROUP BY 1;
END
$$;

-- The stored flags judged conversations on the AI's outcome: build them again at the next use
-- (lib/compliance/rules-state.ts, as after a change of DASHBOARD_TIMEZONE; seconds at 1M calls,
-- reading `calls` without locking it against writes).
-- The disclosure deltas are first counted by that build.
UPDATE contact_state SET rules_zone = NULL, rules_non_conversation = NULL WHERE id = 1;
