-- AlterTable
ALTER TABLE "calls" ADD COLUMN     "full_labels" JSONB,
ADD COLUMN     "raw_body_bytes" BYTEA;

-- AlterTable
ALTER TABLE "webhook_deliveries" ADD COLUMN     "body" BYTEA,
ADD COLUMN     "correlation_id" TEXT,
ADD COLUMN     "dead_letter" TEXT,
ADD COLUMN     "dismissed_at" TIMESTAMPTZ(3),
ADD COLUMN     "dismissed_by" TEXT,
ADD COLUMN     "error_code" TEXT,
ADD COLUMN     "headers" JSONB,
ADD COLUMN     "last_received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "replay_result" TEXT,
ADD COLUMN     "replayed_at" TIMESTAMPTZ(3),
ADD COLUMN     "replayed_by" TEXT,
ADD COLUMN     "request_count" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "source_address" TEXT,
ADD COLUMN     "window_start" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "webhook_deliveries_dead_letter_id_idx" ON "webhook_deliveries"("dead_letter", "id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_window_key" ON "webhook_deliveries"("window_start", "source_address", "error_code");

-- Hand-edited from here on.
-- Rows logged before this migration: their last request is their only one.
UPDATE "webhook_deliveries" SET "last_received_at" = "received_at";

-- The full-text document indexes the first part of very long texts (at most 250,000 characters in
-- all, at most 4 bytes each), so it stays under tsvector's 1 MB limit ("string is too long for
-- tsvector") whatever a delivery carries; the columns themselves keep the whole text.
-- PostgreSQL before 17 cannot change a generated column's expression: drop and add it again
-- (this recomputes every row's vector once; the GIN index goes with the column and is rebuilt).
ALTER TABLE "calls" DROP COLUMN "search_vector";
ALTER TABLE "calls" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, left(coalesce("summary", ''), 20000)), 'A') ||
    setweight(to_tsvector('english'::regconfig, left(coalesce("call_output_reasoning", ''), 15000) || ' ' || left(coalesce("sentiment_output_reasoning", ''), 15000)), 'B') ||
    setweight(to_tsvector('english'::regconfig, left(coalesce("transcription", ''), 200000)), 'C')
) STORED;
CREATE INDEX "calls_search_vector_idx" ON "calls" USING GIN ("search_vector");
