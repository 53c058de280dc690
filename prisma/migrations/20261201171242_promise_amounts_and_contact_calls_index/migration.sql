-- The amount a call's summary or reasoning states (lib/contacts/derive.ts), filled at ingestion and,
-- for stored calls, by the contacts backfill (the derivation version in contact_state.derived_with
-- changed, so it runs again after this migration).
-- AlterTable
ALTER TABLE "calls" ADD COLUMN     "promise_amount_cents" BIGINT,
ADD COLUMN     "promise_currency" TEXT;

-- A contact's calls in time order with what the calling rules and the promise follow-through test,
-- so those lookups are index-only. Built before the old index is dropped: the contact page and the
-- calling rules always have one.
-- CreateIndex
CREATE INDEX "calls_contact_calls_idx" ON "calls"("contact_number", "ended_at", "id", "account_key", "outcome_key", "effective_outcome_key", "delivery_status");

-- DropIndex
DROP INDEX "calls_contact_number_ended_at_idx";
