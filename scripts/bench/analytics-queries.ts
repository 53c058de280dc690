// The analytics page's queries as benchmark cases for `npm run bench:queries` (query-cases.ts):
// the one-pass breakdowns of the period, the previous period's totals, and the whole page as it
// runs them (in parallel). `npm run bench:analytics` runs only these.
import { analyticsSources, getAnalytics } from "@/lib/analytics/get-analytics";
import { parseGrain } from "@/lib/analytics/grain";
import { daySpanOf } from "@/lib/analytics/period";
import { getBreakdowns, getTotals } from "@/lib/analytics/queries";
import { parseCallFilters } from "@/lib/calls/filters";
import { sharedPromiseStatement } from "@/lib/contacts/promise-shared";
import { getPromiseStats } from "@/lib/contacts/promise-stats";
import { getReviewStats } from "@/lib/reviews/stats";
import { reviewerGrain } from "@/lib/reviews/stats-view";
import { BENCH_REVIEWERS } from "../data/add-reviews";
import type { BenchContext, QueryCase } from "./query-cases";

const ANALYTICS_TARGET = 300;

/**
 * One /analytics view per kind of filter, 90 days unless said otherwise: the roll-up's own filters,
 * then every filter it cannot hold alone (search, phone, metadata, durations, provider status, the
 * review filters) and combinations of them. Reviews come from `data:generate -- --reviewed 0.05`.
 */
export const ANALYTICS_QUERIES = [
  "range=90d&group=week",
  "range=90d&group=month&project=proj_collections_us",
  "range=30d&group=day",
  "range=90d&group=week&labels=ai",
  "range=90d&group=week&ai_outcome=payment_promise",
  "range=30d&group=day&corrected=yes",
  "range=90d&group=day&q=friday",
  "range=90d&group=week&q=pay",
  "range=90d&group=week&q=%22payment link%22",
  "range=90d&group=week&q=friday&project=proj_collections_us",
  "range=90d&group=week&q=refund&outcome=dispute&sentiment=negative",
  "range=90d&group=week&phone=971",
  "range=90d&group=week&phone=%2B44",
  "range=90d&group=week&meta=extra_id:acct_123456",
  "range=90d&group=week&dmin=0",
  "range=90d&group=week&dmin=60&dmax=119",
  "range=90d&group=week&dmin=400",
  "range=90d&group=week&dmin=60&dmax=90",
  "range=90d&group=week&pstatus=fail",
  "range=90d&group=week&pstatus=pass&dstatus=fail&outcome=no_answer",
  "range=90d&group=week&review=reviewed",
  "range=90d&group=week&review=not_reviewed",
  "range=90d&group=week&review=needs_follow_up&labels=ai",
  "range=90d&group=week&assignee=nobody",
  `range=90d&group=week&assignee=${BENCH_REVIEWERS[0]!.id}`,
  "range=90d&group=week&tag=hardship",
  "range=90d&group=week&q=pay&review=not_reviewed&dmin=60",
  "range=90d&group=week&phone=971&pstatus=pass&sentiment=negative",
];

/** The page's queries for an /analytics URL query string, exactly as the page runs them. */
export function analyticsCases(query: string): QueryCase[] {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params, { range: "30d" });
  const contextAt = ({ now, timeZone }: { now: Date; timeZone: string }) => ({
    now,
    timeZone,
    grain: parseGrain(params, daySpanOf(filters.range, now, timeZone)).grain,
  });
  return [
    {
      group: "analytics",
      name: `${query}: period breakdowns (one pass)`,
      targetMs: ANALYTICS_TARGET,
      run: async (c) => {
        const context = contextAt(c);
        const where = await analyticsSources(filters, context);
        return getBreakdowns(where.current, { grain: context.grain, timeZone: context.timeZone, ...where.currentRange });
      },
    },
    {
      group: "analytics",
      name: `${query}: previous-period totals`,
      targetMs: ANALYTICS_TARGET,
      run: async (c) => {
        const where = await analyticsSources(filters, contextAt(c));
        return where.previous ? getTotals(where.previous) : null;
      },
    },
    { group: "analytics", name: `${query}: whole page`, targetMs: ANALYTICS_TARGET, run: (c) => getAnalytics(filters, contextAt(c)) },
  ];
}

/** The queries the page's whole response reads: the pages benchmarked by bench:pages. */
export const PAGE_QUERIES = ["range=90d", "range=90d&q=friday", "range=90d&phone=971"];

/**
 * The page's three reads for an /analytics query string, each alone and all three together as the
 * page runs them (figures, review statistics as a manager, promise section): what the whole
 * response waits for before rendering.
 */
export function pageReadCases(query: string): QueryCase[] {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params, { range: "30d" });
  const contextAt = ({ now, timeZone }: { now: Date; timeZone: string }) => {
    const span = daySpanOf(filters.range, now, timeZone);
    return { now, timeZone, span, grain: parseGrain(params, span).grain };
  };
  const viewer = { id: BENCH_REVIEWERS[0]!.id, role: "manager" as const };
  const figures = (c: BenchContext) => getAnalytics(filters, contextAt(c));
  const reviews = (c: BenchContext, callsInView?: Promise<number>) => {
    const context = contextAt(c);
    return getReviewStats(filters, { now: context.now, timeZone: context.timeZone, grain: reviewerGrain(context.grain), callsInView }, viewer);
  };
  const promises = (c: BenchContext, groups?: Promise<unknown[] | null>) => getPromiseStats(filters, { ...contextAt(c), userId: viewer.id, groups });
  const named = (what: string) => `${query || "(no filters)"}: ${what}`;
  return [
    { group: "analytics page", name: named("figures"), targetMs: ANALYTICS_TARGET, run: figures },
    { group: "analytics page", name: named("review statistics"), targetMs: ANALYTICS_TARGET, run: reviews },
    { group: "analytics page", name: named("promise section"), targetMs: ANALYTICS_TARGET, run: promises },
    { group: "analytics page", name: named("all three reads"), targetMs: ANALYTICS_TARGET, run: (c) => {
      // As the page runs them (app/analytics/page.tsx): one match of the calls, shared.
      const context = { ...contextAt(c), filters, userId: viewer.id };
      const shared = sharedPromiseStatement(context);
      const analytics = shared.then((statement) => getAnalytics(filters, { ...contextAt(c), promises: statement }));
      const groups = shared.then((statement) => (statement ? analytics.then((data) => data.promiseGroups) : null));
      return Promise.all([analytics, reviews(c, analytics.then((data) => data.totals.calls)), promises(c, groups)]);
    } },
  ];
}
