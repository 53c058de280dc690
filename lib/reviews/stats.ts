import "server-only";
// "How right is the AI", for the calls in the analytics page's filters and period: the share of
// them reviewed, agreement and precision per AI label and the confusion matrix (outcome and
// sentiment), and reviews per reviewer per day or week (those made during the period, on calls
// matching the other filters). A call counts as reviewed when its status
// is reviewed or needs follow-up (DONE_STATUSES). Only managers and admins see other reviewers.
// The share's denominator is the page's own count of calls when it passes it (`callsInView`: the
// figures' total, so the period is not counted a second time), else read from the page's source (the
// per-day roll-up when the filters allow it); the reviewed side from call_reviews (stats-sql.ts), in
// one statement when a filter is checked on the calls (stats-matched.ts). They run in parallel.
import { analyticsSources } from "@/lib/analytics/get-analytics";
import { rateOf } from "@/lib/analytics/rates";
import { can, type Role } from "@/lib/auth/roles";
import type { WhereContext } from "@/lib/calls/call-where";
import { resolveDateRange } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { buildAgreement, type LabelAgreement, type PairCount, type Ratio } from "./agreement";
import { countPairsAndReviews } from "./stats-matched";
import { checksCalls, countCalls, countPairs, countReviews, type PairRow, type ReviewerCount, type ReviewerGrain, type ReviewsScope } from "./stats-sql";
import { DONE_STATUSES, type ReviewStatus } from "./status";

export type { ReviewerCount, ReviewerGrain };
export type ReviewStats = {
  /** Reviewed calls ÷ calls in the filters. */
  coverage: Ratio;
  outcome: LabelAgreement;
  sentiment: LabelAgreement;
  reviewers: { scope: "everyone" | "own"; grain: ReviewerGrain; rows: ReviewerCount[]; definition: string };
};

export type StatsViewer = { id: string; role: Role };
/**
 * `callsInView`: the number of calls of the filters and period, when the caller has it (the analytics
 * page: its figures' total, the same source's count); read here otherwise.
 */
export type StatsContext = Omit<WhereContext, "userId"> & { grain: ReviewerGrain; rollUp?: boolean; callsInView?: Promise<number> };

/** The review statuses that count as reviewed within the page's own review-status filter. */
function doneStatuses(filters: CallFilters): ReviewStatus[] {
  const chosen = filters.reviewStatuses ?? [];
  return chosen.length ? DONE_STATUSES.filter((status) => chosen.includes(status)) : [...DONE_STATUSES];
}

export async function getReviewStats(filters: CallFilters, context: StatsContext, viewer: StatsViewer): Promise<ReviewStats> {
  const statuses = doneStatuses(filters);
  const whereContext = { now: context.now, timeZone: context.timeZone, userId: viewer.id };
  const everyone = can(viewer.role, "reviews:stats");
  const range = resolveDateRange(filters.range, context.now, context.timeZone);
  const scope: ReviewsScope = { ...range, grain: context.grain, timeZone: context.timeZone, onlyActor: everyone ? null : viewer.id };
  const [total, { pairs, reviewers }] = await Promise.all([
    context.callsInView ?? analyticsSources(filters, { ...whereContext, rollUp: context.rollUp }).then((sources) => countCalls(sources.current)),
    readReviewed(filters, statuses, scope, whereContext),
  ]);
  const of = (kind: "outcome" | "sentiment"): PairCount[] => pairs.filter((pair) => pair.kind === kind);
  const outcome = buildAgreement(of("outcome"), "outcome", filters, statuses);
  const reviewed = outcome.agreement.denominator;
  return {
    coverage: { numerator: reviewed, denominator: total, value: rateOf(reviewed, total), definition: "reviewed calls (reviewed or needs follow-up) ÷ calls" },
    outcome,
    sentiment: buildAgreement(of("sentiment"), "sentiment", filters, statuses),
    reviewers: {
      scope: everyone ? "everyone" : "own",
      grain: context.grain,
      rows: reviewers,
      definition: `calls marked reviewed or needs follow-up during the period, by who marked them and the ${context.grain} they did it`,
    },
  };
}

/** The pairs and the reviews per reviewer: apart and in parallel, or in one statement when the filters need the calls. */
async function readReviewed(filters: CallFilters, statuses: ReviewStatus[], scope: ReviewsScope, context: WhereContext): Promise<{ pairs: PairRow[]; reviewers: ReviewerCount[] }> {
  if (!statuses.length) return { pairs: [], reviewers: [] };
  if (checksCalls(filters)) return countPairsAndReviews(filters, statuses, scope, context);
  const [pairs, reviewers] = await Promise.all([countPairs(filters, statuses, context), countReviews(filters, statuses, scope, context)]);
  return { pairs, reviewers };
}
