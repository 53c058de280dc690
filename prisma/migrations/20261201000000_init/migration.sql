-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "calls" (
    "id" UUID NOT NULL,
    "provider_call_id" TEXT NOT NULL,
    "number_from" TEXT,
    "number_to" TEXT,
    "provider_status" TEXT,
    "delivery_status" TEXT,
    "duration_seconds" INTEGER,
    "summary" TEXT,
    "ended_reason" TEXT,
    "call_output" TEXT,
    "outcome_key" TEXT,
    "call_output_reasoning" TEXT,
    "sentiment_output" TEXT,
    "sentiment_key" TEXT,
    "sentiment_output_reasoning" TEXT,
    "transcription" TEXT,
    "recording_url" TEXT,
    "metadata" JSONB,
    "project_id" TEXT,
    "raw_body" TEXT NOT NULL,
    "ended_at" TIMESTAMPTZ(3) NOT NULL,
    "event_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Hand-edited: kept up to date by PostgreSQL itself, so ingestion and bulk loads cannot forget it.
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("call_output_reasoning", '') || ' ' || coalesce("sentiment_output_reasoning", '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce("transcription", '')), 'C')
    ) STORED,

    CONSTRAINT "calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_messages" (
    "svix_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "svix_timestamp" TIMESTAMPTZ(3) NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "call_id" UUID,

    CONSTRAINT "webhook_messages_pkey" PRIMARY KEY ("svix_id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "svix_id" TEXT,
    "svix_timestamp" TIMESTAMPTZ(3),
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event_type" TEXT,
    "status_code" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "reason" TEXT,
    "body_bytes" INTEGER,
    "body_excerpt" TEXT,
    "call_id" UUID,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calls_provider_call_id_key" ON "calls"("provider_call_id");

-- CreateIndex
CREATE INDEX "calls_ended_at_id_idx" ON "calls"("ended_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "calls_duration_seconds_id_idx" ON "calls"("duration_seconds", "id");

-- CreateIndex
CREATE INDEX "calls_outcome_key_ended_at_idx" ON "calls"("outcome_key", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_sentiment_key_ended_at_idx" ON "calls"("sentiment_key", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_project_id_ended_at_idx" ON "calls"("project_id", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_delivery_status_ended_at_idx" ON "calls"("delivery_status", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_provider_status_ended_at_idx" ON "calls"("provider_status", "ended_at" DESC);

-- CreateIndex
CREATE INDEX "calls_number_to_trgm_idx" ON "calls" USING GIN ("number_to" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "calls_number_from_trgm_idx" ON "calls" USING GIN ("number_from" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "calls_metadata_idx" ON "calls" USING GIN ("metadata" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "calls_search_vector_idx" ON "calls" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "webhook_messages_call_id_idx" ON "webhook_messages"("call_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_received_at_idx" ON "webhook_deliveries"("received_at" DESC);

-- CreateIndex
CREATE INDEX "webhook_deliveries_svix_id_idx" ON "webhook_deliveries"("svix_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_call_id_idx" ON "webhook_deliveries"("call_id");

-- AddForeignKey
ALTER TABLE "webhook_messages" ADD CONSTRAINT "webhook_messages_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE SET NULL ON UPDATE CASCADE;
