-- CreateIndex
CREATE INDEX "calls_analytics_idx" ON "calls"("ended_at", "delivery_status", "outcome_key", "sentiment_key", "project_id", "duration_seconds");
