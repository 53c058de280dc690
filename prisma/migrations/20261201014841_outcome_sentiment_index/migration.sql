-- CreateIndex
CREATE INDEX "calls_outcome_key_sentiment_key_ended_at_idx" ON "calls"("outcome_key", "sentiment_key", "ended_at" DESC);
