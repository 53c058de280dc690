-- The trigger functions as they were before the ingest_trigger_shortcuts migration, for
-- `npm run bench:ingest -- --compare .next-bench --compare-sql scripts/bench/ingest-before-shortcuts.sql`:
-- the compared app's database runs them instead (copied from the earlier migrations).
DROP TRIGGER IF EXISTS contact_state_write_lock ON contact_state;
DROP TRIGGER IF EXISTS call_day_cube_zone_write_lock ON call_day_cube_zone;


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

CREATE OR REPLACE FUNCTION disclosure_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION calling_rule_period_ensure(first date, last date, project text, zone text)
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
