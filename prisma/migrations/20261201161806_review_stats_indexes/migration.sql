-- DropIndex
DROP INDEX "call_review_changes_field_at_idx";

-- CreateIndex
CREATE INDEX "call_review_changes_field_at_to_value_actor_id_call_id_idx" ON "call_review_changes"("field", "at", "to_value", "actor_id", "call_id");

-- CreateIndex
CREATE INDEX "calls_review_stats_idx" ON "calls"("id", "ended_at", "project_id", "delivery_status", "outcome_key", "sentiment_key", "effective_outcome_key", "effective_sentiment_key");
