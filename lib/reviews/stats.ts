import "server-only";
// "How right is the AI", for the calls in the analytics page's filters and period: the share of
// them reviewed, agreement and precision per AI label and the confusion matrix (outcome and
// sentiment), and reviews per reviewer per day or week (those made during the period, on calls
// matching the other filters). A call counts as reviewed when its status
// is reviewed or needs follow-up (DONE_STATUSES). Only managers and admins see other reviewers.
import { analyticsSources } from "@/lib/analytics/get-analytics";
import { getTotals } from "@/lib/analytics/queries";
import { rateOf } from "@/lib/analytics/rates";
import { can, type Role } from "@/lib/auth/roles";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { filtersInUse, type CallFilters } from "@/lib/calls/filters";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildAgreement, type LabelAgreement, type PairCount, type Ratio } from "./agreement";
import type { UserRef } from "./review-state";
import { DONE_STATUSES, type ReviewStatus } from "./status";

export type ReviewerGrain = "day" | "week";
export type ReviewerCount = { reviewer: UserRef; /** The day, or the Monday of the week, YYYY-MM-DD in the dashboard's zone. */ bucket: string; reviews: number };
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

type PairRow = { kind: "outcome" | "sentiment"; ai: string | null; effective: string | null; calls: number };

/**
 * Reviewed calls per (AI label, effective label), outcome and sentiment in one pass. Driven from
 * call_reviews (a few % of the calls) into calls by primary key, rather than reading every call of
 * the period to keep the reviewed ones; `where` (the filters but the review status) is checked on
 * each reviewed call, index-only through calls_review_stats_idx for the usual filters.
 */
async function countPairs(where: Prisma.Sql, statuses: ReviewStatus[]): Promise<PairRow[]> {
  return getDb().$queryRaw<PairRow[]>`
    SELECT CASE WHEN GROUPING(calls.outcome_key) = 0 THEN 'outcome' ELSE 'sentiment' END AS kind,
           coalesce(calls.outcome_key, calls.sentiment_key) AS ai,
           coalesce(calls.effective_outcome_key, calls.effective_sentiment_key) AS effective, count(*)::int AS calls
    FROM call_reviews rv
    JOIN calls ON calls.id = rv.call_id
    WHERE rv.status = ANY(${statuses}::text[]) AND ${where}
    GROUP BY GROUPING SETS ((calls.outcome_key, calls.effective_outcome_key), (calls.sentiment_key, calls.effective_sentiment_key))`;
}

/**
 * Status changes to a done status, by reviewer and bucket, made within the period (`from`..`to`,
 * the review's time), on calls matching `others` (the filters but the period; null: any call, and
 * then the calls table is not read at all).
 */
async function countReviews(others: Prisma.Sql | null, period: { from: Date | null; to: Date | null }, statuses: ReviewStatus[], context: StatsContext, onlyActor: string | null): Promise<ReviewerCount[]> {
  const onCalls = others ? Prisma.sql`AND EXISTS (SELECT 1 FROM calls WHERE calls.id = h.call_id AND ${others})` : Prisma.empty;
  // Counted by hashing (reviewer, bucket, call) before the few result rows meet the users and are
  // sorted: sorting every change by text under the database's collation cost more than the rest.
  return getDb().$queryRaw<ReviewerCount[]>`
    WITH marked AS (
      SELECT DISTINCT h.actor_id, date_trunc(${context.grain}, h.at AT TIME ZONE ${context.timeZone}) AS bucket, h.call_id
      FROM call_review_changes h
      WHERE h.field = 'status' AND h.to_value = ANY(${statuses}::text[]) AND h.actor_id IS NOT NULL
        AND (${period.from}::timestamptz IS NULL OR h.at >= ${period.from}::timestamptz)
        AND (${period.to}::timestamptz IS NULL OR h.at < ${period.to}::timestamptz)
        AND (${onlyActor}::text IS NULL OR h.actor_id = ${onlyActor}::text) ${onCalls}
    ),
    counted AS (SELECT actor_id, bucket, count(*)::int AS reviews FROM marked GROUP BY actor_id, bucket)
    SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email) AS reviewer,
           to_char(counted.bucket, 'YYYY-MM-DD') AS bucket, counted.reviews
    FROM counted JOIN users u ON u.id = counted.actor_id
    ORDER BY counted.bucket, u.name, u.id`;
}

/** The filters other than the period, as SQL; null when there are none. */
function othersWhere(filters: CallFilters, context: WhereContext): Prisma.Sql | null {
  const others: CallFilters = { ...filters, range: { preset: "all" } };
  return filtersInUse(others).some((name) => name !== "labels") ? buildCallWhere(others, context) : null;
}

export async function getReviewStats(filters: CallFilters, context: StatsContext, viewer: StatsViewer): Promise<ReviewStats> {
  const statuses = doneStatuses(filters);
  const whereContext = { now: context.now, timeZone: context.timeZone, userId: viewer.id };
  // The review status is the join's (countPairs); the other filters are checked on the calls.
  const reviewedWhere = buildCallWhere({ ...filters, reviewStatuses: undefined }, whereContext);
  const everyone = can(viewer.role, "reviews:stats");
  const sources = await analyticsSources(filters, { ...whereContext, rollUp: context.rollUp });
  const [total, pairs, reviewers] = await Promise.all([
    getTotals(sources.current).then((totals) => totals.calls),
    statuses.length ? countPairs(reviewedWhere, statuses) : Promise.resolve([]),
    statuses.length ? countReviews(othersWhere(filters, whereContext), sources.currentRange, statuses, context, everyone ? null : viewer.id) : Promise.resolve([]),
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
