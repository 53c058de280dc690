-- AlterTable
ALTER TABLE "calls" ADD COLUMN     "account_key" TEXT,
ADD COLUMN     "contact_number" TEXT,
ADD COLUMN     "contact_number_parsed" BOOLEAN,
ADD COLUMN     "disclosure_found" BOOLEAN;

-- CreateTable
CREATE TABLE "contact_state" (
    "id" INTEGER NOT NULL,
    "derived_with" TEXT,
    "derived_at" TIMESTAMPTZ(3),
    "rules_zone" TEXT,
    "rules_non_conversation" TEXT[],
    "rules_built_at" TIMESTAMPTZ(3),

    CONSTRAINT "contact_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calling_rule_flags" (
    "call_id" UUID NOT NULL,
    "contact_number" TEXT NOT NULL,
    "account_key" TEXT NOT NULL DEFAULT '',
    "ended_at" TIMESTAMPTZ(3) NOT NULL,
    "day" DATE NOT NULL,
    "project_id" TEXT NOT NULL DEFAULT '',
    "attempts_7d" INTEGER NOT NULL,
    "conversation_day" DATE,
    "over_limit" BOOLEAN NOT NULL,
    "after_conversation" BOOLEAN NOT NULL,

    CONSTRAINT "calling_rule_flags_pkey" PRIMARY KEY ("call_id")
);

-- CreateTable
CREATE TABLE "calling_rule_exceptions" (
    "call_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "marked_by" TEXT NOT NULL,
    "marked_email" TEXT NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calling_rule_exceptions_pkey" PRIMARY KEY ("call_id")
);

-- CreateIndex
CREATE INDEX "calling_rule_flags_ended_at_idx" ON "calling_rule_flags"("ended_at");

-- CreateIndex
CREATE INDEX "calling_rule_flags_contact_number_account_key_ended_at_idx" ON "calling_rule_flags"("contact_number", "account_key", "ended_at");

-- CreateIndex
CREATE INDEX "calls_contact_number_ended_at_idx" ON "calls"("contact_number", "ended_at");

-- CreateIndex
CREATE INDEX "calls_account_key_ended_at_idx" ON "calls"("account_key", "ended_at");

-- CreateIndex
CREATE INDEX "calls_disclosure_found_ended_at_project_id_outcome_key_deli_idx" ON "calls"("disclosure_found", "ended_at", "project_id", "outcome_key", "delivery_status");

-- AddForeignKey
ALTER TABLE "calling_rule_flags" ADD CONSTRAINT "calling_rule_flags_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calling_rule_exceptions" ADD CONSTRAINT "calling_rule_exceptions_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand from here on (Prisma's differ ignores rows, functions and triggers).
--
-- The new columns are NULL for the calls stored before this migration: adding them rewrites
-- nothing, and the indexes above are built over NULLs (seconds at a million calls). The launcher
-- then fills them in batches of 2,000 rows, each its own short transaction, with the same code as
-- ingestion (lib/contacts/backfill.ts, also `npm run contacts:backfill`), and records the settings
-- it used in contact_state.derived_with.
INSERT INTO "contact_state" ("id") VALUES (1);

-- The flagged calls of one contact (number and account) from local day `at`'s day to 6 days
-- later: what a call on that day can change. Reads the contact's calls from 6 days before, so
-- each call's 7-day window is complete. Days are calendar days in `zone`.
--   attempts_7d         calls on the 6 days before the call's day, plus those of its own day up
--                       to and including it (ordered by ended_at, then id)
--   conversation_day    the latest conversation strictly before the call, if on one of those 7 days
--   a conversation      a delivered call (delivery_status 'pass') with an outcome not in `excluded`
CREATE FUNCTION calling_rules_refresh(unit_number text, unit_account text, at timestamptz, zone text, excluded text[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d date := (at AT TIME ZONE zone)::date;
  context_from timestamptz := (d - 6)::timestamp AT TIME ZONE zone;
  flags_from timestamptz := d::timestamp AT TIME ZONE zone;
  flags_to timestamptz := (d + 7)::timestamp AT TIME ZONE zone;
BEGIN
  DELETE FROM calling_rule_flags f
  WHERE f.contact_number = unit_number AND f.account_key = unit_account AND f.ended_at >= flags_from AND f.ended_at < flags_to;
  INSERT INTO calling_rule_flags
    (call_id, contact_number, account_key, ended_at, day, project_id, attempts_7d, conversation_day, over_limit, after_conversation)
  SELECT id, unit_number, unit_account, ended_at, day, project_id, attempts,
         CASE WHEN last_conversation >= day - 6 THEN last_conversation END, attempts > 7, coalesce(last_conversation >= day - 6, false)
  FROM (
    SELECT id, ended_at, day, project_id,
           (count(*) OVER (ORDER BY day_number RANGE BETWEEN 6 PRECEDING AND 1 PRECEDING)
            + row_number() OVER (PARTITION BY day_number ORDER BY ended_at, id))::int AS attempts,
           max(conversation) OVER (ORDER BY ended_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS last_conversation
    FROM (
      SELECT c.id, c.ended_at, (c.ended_at AT TIME ZONE zone)::date AS day,
             (c.ended_at AT TIME ZONE zone)::date - date '2000-01-01' AS day_number,
             coalesce(c.project_id, '') AS project_id,
             CASE WHEN c.delivery_status = 'pass' AND c.outcome_key IS NOT NULL AND c.outcome_key <> ALL (excluded)
                  THEN (c.ended_at AT TIME ZONE zone)::date END AS conversation
      FROM calls c
      WHERE c.contact_number = unit_number AND coalesce(c.account_key, '') = unit_account
        AND c.ended_at >= context_from AND c.ended_at < flags_to
    ) AS contact_calls
  ) AS ranked
  WHERE ended_at >= flags_from AND (attempts > 7 OR last_conversation >= day - 6)
  -- A call moved into this range by the same statement may still have its row from where it was
  -- (its own trigger deletes that range later): take the row over.
  ON CONFLICT (call_id) DO UPDATE SET
    contact_number = EXCLUDED.contact_number, account_key = EXCLUDED.account_key, ended_at = EXCLUDED.ended_at,
    day = EXCLUDED.day, project_id = EXCLUDED.project_id, attempts_7d = EXCLUDED.attempts_7d,
    conversation_day = EXCLUDED.conversation_day, over_limit = EXCLUDED.over_limit, after_conversation = EXCLUDED.after_conversation;
END
$$;

-- Every contact's flagged calls again, for `zone` and `excluded` (first use, or a changed
-- DASHBOARD_TIMEZONE or NON_CONVERSATION_OUTCOMES; lib/compliance/rules-state.ts). Records them
-- first: the trigger waits on that row, so a call written meanwhile is counted in the new build.
CREATE FUNCTION calling_rules_rebuild(zone text, excluded text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contact_state SET rules_zone = zone, rules_non_conversation = excluded, rules_built_at = now() WHERE id = 1;
  TRUNCATE calling_rule_flags;
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
             CASE WHEN c.delivery_status = 'pass' AND c.outcome_key IS NOT NULL AND c.outcome_key <> ALL (excluded)
                  THEN (c.ended_at AT TIME ZONE zone)::date END AS conversation
      FROM calls c
      WHERE c.contact_number IS NOT NULL
    ) AS contact_calls
  ) AS ranked
  WHERE attempts > 7 OR last_conversation >= day - 6;
END
$$;

-- Keeps calling_rule_flags current: a call written, moved or deleted refreshes the days it can
-- change of its contact (old and new, when the number, account or time changed). A transaction
-- lock per contact serialises concurrent deliveries to one contact, so each refresh sees the
-- other's committed call; two contacts are locked in a fixed order (no deadlock between them).
CREATE FUNCTION calling_rules_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  excluded text[];
  old_key text;
  new_key text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.contact_number, OLD.account_key, OLD.ended_at, OLD.outcome_key, OLD.delivery_status, OLD.project_id)
         IS NOT DISTINCT FROM
         (NEW.contact_number, NEW.account_key, NEW.ended_at, NEW.outcome_key, NEW.delivery_status, NEW.project_id) THEN
    RETURN NULL;
  END IF;
  -- FOR SHARE: waits for a rebuild in progress, then reads what it built for. NULL: not built yet,
  -- its first build will read this call.
  SELECT rules_zone, rules_non_conversation INTO zone, excluded FROM contact_state WHERE id = 1 FOR SHARE;
  IF zone IS NULL THEN
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

CREATE TRIGGER calls_calling_rules AFTER INSERT OR UPDATE OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION calling_rules_apply();
