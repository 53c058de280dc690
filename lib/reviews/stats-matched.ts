import "server-only";
// The pairs and the reviews per reviewer (stats-sql.ts) in one statement, for filters that are
// checked on the call itself (search, phone, metadata, disclosure, tag): the review rows whose call
// matches the filters are found ONCE, in a materialised set, and both counts read that set. Apart,
// each checked every review's call again (a primary-key probe and, for a search, the call's
// full-text vector out of TOAST): about 50,000 probes each at a million calls with 5% reviewed.
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { NO_FILTERS, type CallFilters } from "@/lib/calls/filters";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pairsSql, reviewedCallsWhere, reviewersSql, type PairRow, type ReviewerCount, type ReviewsScope } from "./stats-sql";
import type { ReviewStatus } from "./status";

/**
 * `matched`: the review rows matching the filters over all time (as countReviews checks a change's
 * call). The pairs are those of them with a status in `statuses` and the call in the period: a
 * status in `statuses` is one of the filters' own review statuses when they name any, so leaving the
 * review-status filter in (as countPairs does not) takes none of those rows away.
 */
export async function countPairsAndReviews(
  filters: CallFilters, statuses: ReviewStatus[], scope: ReviewsScope, context: WhereContext,
): Promise<{ pairs: PairRow[]; reviewers: ReviewerCount[] }> {
  const others = reviewedCallsWhere({ ...filters, range: { preset: "all" } }, context) ?? Prisma.sql`rv.ended_at IS NOT NULL`;
  // Unqualified, the period's columns are those matched copies from call_reviews.
  const period = buildCallWhere({ ...NO_FILTERS, range: filters.range }, context);
  const pairs = pairsSql(Prisma.sql`matched rv`, Prisma.sql`rv.status = ANY(${statuses}::text[]) AND ${period}`);
  const reviewers = reviewersSql(statuses, scope, Prisma.sql`AND h.call_id IN (SELECT call_id FROM matched)`);
  const [row] = await getDb().$queryRaw<{ pairs: PairRow[]; reviewers: ReviewerCount[] }[]>`
    WITH matched AS MATERIALIZED (
      SELECT rv.call_id, rv.status, rv.ended_at, rv.outcome_key, rv.effective_outcome_key, rv.sentiment_key, rv.effective_sentiment_key
      FROM call_reviews rv WHERE ${others}
    ),
    pairs AS (${pairs}),
    reviewers AS (${reviewers})
    SELECT (SELECT coalesce(json_agg(pairs), '[]') FROM pairs) AS pairs,
           (SELECT coalesce(json_agg(reviewers ORDER BY bucket, reviewer->>'name', reviewer->>'id'), '[]') FROM reviewers) AS reviewers`;
  return row ?? { pairs: [], reviewers: [] };
}
