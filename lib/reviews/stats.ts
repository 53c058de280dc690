import "server-only";
// "How right is the AI", for the calls in the analytics page's filters and period: the share of
// them reviewed, agreement and precision per AI label and the confusion matrix (outcome and
// sentiment), and reviews per reviewer per day or week (those made during the period, on calls
// matching the other filters). A call counts as reviewed when its status
// is reviewed or needs follow-up (DONE_STATUSES). Only managers and admins see other reviewers.
// The share's denominator comes from the page's own source (the per-day roll-up when the filters
// allow it); the reviewed side from call_reviews (stats-sql.ts). The three run in parallel.
import { analyticsSources } from "@/lib/analytics/get-analytics";
import { rateOf } from "@/lib/analytics/rates";
import { can, type Role } from "@/lib/auth/roles";
import type { WhereContext } from "@/lib/calls/call-where";
import type { CallFilters } from "@/lib/calls/filters";
import { buildAgreement, type LabelAgreement, type PairCount, type Ratio } from "./agreement";
import { countCalls, countPairs, countReviews, type ReviewerCount, type ReviewerGrain } from "./stats-sql";
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
export type StatsContext = Omit<WhereContext, "userId"> & { grain: ReviewerGrain; rollUp?: boolean };

/** The review statuses that count as reviewed within the page's own review-status filter. */
function doneStatuses(filters: CallFilters): ReviewStatus[] {
  const chosen = filters.reviewStatuses ?? [];
  return chosen.length ? DONE_STATUSES.filter((status) => chosen.includes(status)) : [...DONE_STATUSES];
}

export async function getReviewStats(filters: CallFilters, context: StatsContext, viewer: StatsViewer): Promise<ReviewStats> {
  const statuses = doneStatuses(filters);
  const whereContext = { now: context.now, timeZone: context.timeZone, userId: viewer.id };
  const everyone = can(viewer.role, "reviews:stats");
  const sources = await analyticsSources(filters, { ...whereContext, rollUp: context.rollUp });
  const scope = { ...sources.currentRange, grain: context.grain, timeZone: context.timeZone, onlyActor: everyone ? null : viewer.id };
  const [total, pairs, reviewers] = await Promise.all([
    countCalls(sources.current),
    statuses.length ? countPairs(filters, statuses, whereContext) : Promise.resolve([]),
    statuses.length ? countReviews(filters, statuses, scope, whereContext) : Promise.resolve([]),
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
