// The review queries as benchmark cases for `npm run bench:queries` (query-cases.ts): the list
// with the review filters, the call page's review, and the agreement statistics. Load reviews
// first: `npm run data:reviews -- --reviewed 0.05` (or data:generate with --reviewed).
import { daySpanOf } from "@/lib/analytics/period";
import { parseCallFilters } from "@/lib/calls/filters";
import { getPromiseStats } from "@/lib/contacts/promise-stats";
import { getDb } from "@/lib/db";
import { getReview } from "@/lib/reviews/get-review";
import { getReviewStats } from "@/lib/reviews/stats";
import { BENCH_REVIEWERS } from "../data/add-reviews";
import type { QueryCase } from "./query-cases";

const REVIEW_PAGE_TARGET = 50;
const STATS_TARGET = 300;
const PROMISE_TARGET = 300;

/** List queries that use the review filters (run as listCase by query-cases.ts). */
export const REVIEW_LIST_QUERIES = [
  "review=reviewed",
  "review=not_reviewed",
  "review=needs_follow_up&range=30d",
  "review=not_reviewed&outcome=payment_promise&sentiment=negative&range=7d",
  "assignee=nobody",
  `assignee=${BENCH_REVIEWERS[0]!.id}`,
  "tag=hardship",
  "corrected=yes",
  "corrected=yes&range=7d",
  "ai_outcome=payment_promise&outcome=not_interested",
  "labels=ai&outcome=dispute",
  "labels=ai&outcome=payment_promise&sentiment=positive&range=7d",
];

let reviewedIds: string[] | undefined;

const reviewPageCase: QueryCase = {
  group: "call page",
  name: "the review of a reviewed call (review, notes, tags, history)",
  targetMs: REVIEW_PAGE_TARGET,
  run: async (c) => {
    reviewedIds ??= (await getDb().$queryRaw<{ id: string }[]>`SELECT call_id::text AS id FROM call_reviews TABLESAMPLE SYSTEM (5) LIMIT 200`).map((r) => r.id);
    const ids = reviewedIds.length ? reviewedIds : c.sampleIds;
    return getReview(ids[c.iteration % ids.length]!);
  },
};

/** As a manager (every reviewer), or as an agent (only their own reviews). */
function statsCase(query: string, role: "manager" | "agent" = "manager"): QueryCase {
  const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
  return {
    group: "review stats",
    name: role === "manager" ? query : `${query} (as an agent)`,
    targetMs: STATS_TARGET,
    run: (c) => getReviewStats(filters, { now: c.now, timeZone: c.timeZone, grain: "day" }, { id: BENCH_REVIEWERS[0]!.id, role }),
  };
}

/** Promises followed through on /analytics (issue 12): every promise of the period, its next deciding call. */
function promiseCase(query: string): QueryCase {
  const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
  return {
    group: "promise stats",
    name: query,
    targetMs: PROMISE_TARGET,
    run: (c) => getPromiseStats(filters, { now: c.now, timeZone: c.timeZone, grain: "week", span: daySpanOf(filters.range, c.now, c.timeZone) }),
  };
}

export const REVIEW_CASES: QueryCase[] = [
  reviewPageCase,
  statsCase("range=90d"),
  statsCase("range=30d&project=proj_collections_us"),
  statsCase("range=7d&ai_outcome=payment_promise"),
  statsCase("range=90d", "agent"),
  // A filter call_reviews holds no copy for: checked on the calls (lib/reviews/stats-sql.ts).
  statsCase("range=90d&tag=hardship"),
  promiseCase("range=30d"),
  promiseCase("range=90d"),
  promiseCase("range=30d&project=proj_collections_us"),
];
