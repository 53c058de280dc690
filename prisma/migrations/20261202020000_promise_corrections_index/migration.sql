-- The promise figures on /analytics (lib/contacts/promise-stats.ts, promise-day-cube.ts) look up the
-- reviews that corrected a promise (promise_corrected_at IS NOT NULL, a few) on every view; without
-- an index that read every review row (about 50,000 at a million calls with 5% reviewed). Locks
-- only call_reviews, for the length of the build (a few milliseconds at that size).
CREATE INDEX "call_reviews_promise_corrected_at_call_id_idx" ON "call_reviews"("promise_corrected_at", "call_id");
