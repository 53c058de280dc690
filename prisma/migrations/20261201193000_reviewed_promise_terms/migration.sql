-- A reviewer's reading of a payment promise's amount and date (lib/reviews/promise-correction.ts),
-- apart from the amount derived from the AI's texts on calls, which ingestion and the contacts
-- backfill rewrite: the backfill never touches call_reviews. Corrected when promise_corrected_at is
-- set; then a NULL amount means "no amount stated" and a NULL date "no date stated".
-- AlterTable
ALTER TABLE "call_reviews" ADD COLUMN     "promise_amount_cents" BIGINT,
ADD COLUMN     "promise_corrected_at" TIMESTAMPTZ(3),
ADD COLUMN     "promise_corrected_by" TEXT,
ADD COLUMN     "promise_currency" TEXT,
ADD COLUMN     "promise_date" DATE;

-- An amount has a currency and is positive; the command checks the same (zod), this keeps any other writer honest.
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_promise_amount_valid" CHECK (
  ("promise_amount_cents" IS NULL) = ("promise_currency" IS NULL)
  AND ("promise_amount_cents" IS NULL OR "promise_amount_cents" > 0)
  AND ("promise_currency" IS NULL OR "promise_currency" ~ '^[A-Z]{3}$')
);

-- How far the running contacts backfill got (it walks calls by id): the calls above it still hold
-- an older derivation, and /analytics says how many of its promises that leaves out.
-- AlterTable
ALTER TABLE "contact_state" ADD COLUMN     "backfill_cursor" UUID;
