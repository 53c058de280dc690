-- AlterTable
ALTER TABLE "call_reviews" ADD COLUMN     "corrected" BOOLEAN,
ADD COLUMN     "delivery_status" TEXT,
ADD COLUMN     "duration_seconds" INTEGER,
ADD COLUMN     "effective_outcome_key" TEXT,
ADD COLUMN     "effective_sentiment_key" TEXT,
ADD COLUMN     "ended_at" TIMESTAMPTZ(3),
ADD COLUMN     "outcome_key" TEXT,
ADD COLUMN     "project_id" TEXT,
ADD COLUMN     "provider_status" TEXT,
ADD COLUMN     "sentiment_key" TEXT;

-- Written by hand from here (Prisma's differ ignores rows, functions and triggers).
-- call_reviews holds copies of the call's columns that "How right is the AI" groups and filters
-- by (lib/reviews/stats.ts), so its figures never visit `calls`. Two triggers keep them in step
-- with every writer (review commands, bulk actions, ingestion, corrections, scripts):

-- 1. A new review row copies its call. The call's row is locked first (FOR NO KEY UPDATE, as an
-- update of the call locks it): a change of the call committed meanwhile is either read here, or
-- waits for this transaction and then finds the new row (trigger 2). Every writer so takes the
-- call's lock before the review's, and two of them cannot deadlock over the pair. A row whose
-- call does not exist gets NULLs (its ended_at NULL keeps it out of every figure).
CREATE FUNCTION call_reviews_copy_call() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.ended_at, c.outcome_key, c.sentiment_key, c.effective_outcome_key, c.effective_sentiment_key,
         c.corrected, c.project_id, c.delivery_status, c.provider_status, c.duration_seconds
    INTO NEW.ended_at, NEW.outcome_key, NEW.sentiment_key, NEW.effective_outcome_key, NEW.effective_sentiment_key,
         NEW.corrected, NEW.project_id, NEW.delivery_status, NEW.provider_status, NEW.duration_seconds
  FROM calls c WHERE c.id = NEW.call_id
  FOR NO KEY UPDATE;
  RETURN NEW;
END
$$;

CREATE TRIGGER call_reviews_copy_call BEFORE INSERT ON call_reviews
  FOR EACH ROW EXECUTE FUNCTION call_reviews_copy_call();

-- 2. A change of a copied column of a call (a later delivery, a correction: the generated
-- effective keys and `corrected` follow it) is copied to its review row, if it has one.
CREATE FUNCTION calls_copy_to_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE call_reviews
     SET ended_at = NEW.ended_at, outcome_key = NEW.outcome_key, sentiment_key = NEW.sentiment_key,
         effective_outcome_key = NEW.effective_outcome_key, effective_sentiment_key = NEW.effective_sentiment_key,
         corrected = NEW.corrected, project_id = NEW.project_id, delivery_status = NEW.delivery_status,
         provider_status = NEW.provider_status, duration_seconds = NEW.duration_seconds
   WHERE call_id = NEW.id;
  RETURN NULL;
END
$$;

-- The existing rows: filled before the trigger on `calls` exists, so ingestion is not held up
-- meanwhile; CREATE TRIGGER then waits for the writers in flight and keeps new ones out until
-- the commit, and the second pass copies what they changed (the few rows that differ).
UPDATE call_reviews r
   SET ended_at = c.ended_at, outcome_key = c.outcome_key, sentiment_key = c.sentiment_key,
       effective_outcome_key = c.effective_outcome_key, effective_sentiment_key = c.effective_sentiment_key,
       corrected = c.corrected, project_id = c.project_id, delivery_status = c.delivery_status,
       provider_status = c.provider_status, duration_seconds = c.duration_seconds
  FROM calls c
 WHERE c.id = r.call_id;

CREATE TRIGGER calls_copy_to_review AFTER UPDATE ON calls
  FOR EACH ROW
  WHEN ((OLD.ended_at, OLD.outcome_key, OLD.sentiment_key, OLD.effective_outcome_key, OLD.effective_sentiment_key,
         OLD.corrected, OLD.project_id, OLD.delivery_status, OLD.provider_status, OLD.duration_seconds)
        IS DISTINCT FROM
        (NEW.ended_at, NEW.outcome_key, NEW.sentiment_key, NEW.effective_outcome_key, NEW.effective_sentiment_key,
         NEW.corrected, NEW.project_id, NEW.delivery_status, NEW.provider_status, NEW.duration_seconds))
  EXECUTE FUNCTION calls_copy_to_review();

UPDATE call_reviews r
   SET ended_at = c.ended_at, outcome_key = c.outcome_key, sentiment_key = c.sentiment_key,
       effective_outcome_key = c.effective_outcome_key, effective_sentiment_key = c.effective_sentiment_key,
       corrected = c.corrected, project_id = c.project_id, delivery_status = c.delivery_status,
       provider_status = c.provider_status, duration_seconds = c.duration_seconds
  FROM calls c
 WHERE c.id = r.call_id
   AND (r.ended_at, r.outcome_key, r.sentiment_key, r.effective_outcome_key, r.effective_sentiment_key,
        r.corrected, r.project_id, r.delivery_status, r.provider_status, r.duration_seconds)
       IS DISTINCT FROM
       (c.ended_at, c.outcome_key, c.sentiment_key, c.effective_outcome_key, c.effective_sentiment_key,
        c.corrected, c.project_id, c.delivery_status, c.provider_status, c.duration_seconds);

-- CreateIndex
CREATE INDEX "call_reviews_stats_idx" ON "call_reviews"("ended_at", "status", "project_id", "delivery_status", "outcome_key", "sentiment_key", "effective_outcome_key", "effective_sentiment_key", "call_id");
