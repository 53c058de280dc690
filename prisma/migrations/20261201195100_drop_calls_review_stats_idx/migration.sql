-- DropIndex
-- The statistics read call_reviews now (migration 20261201195000_review_stats_on_reviews); this
-- 120 MB index (at a million calls) was only theirs. CONCURRENTLY, alone in its migration (so not
-- in a transaction): it never holds up reads or writes of `calls` while running queries finish.
DROP INDEX CONCURRENTLY IF EXISTS "calls_review_stats_idx";
