-- CreateIndex
CREATE INDEX "calls_outcome_key_duration_seconds_id_idx" ON "calls"("outcome_key", "duration_seconds", "id");
