import "server-only";
// The two statements behind "How right is the AI" (stats.ts). Both read the reviewed calls from
// call_reviews, whose copies of the call's columns (ended_at, the AI's and the effective keys,
// corrected, project, statuses, duration; kept in step by triggers, migration
// 20261201195000_review_stats_on_reviews) serve every filter on them, so the usual views never
// visit `calls`. A filter the copies lack (search, phone, metadata, disclosure, tag) is checked on
// the call itself, through an EXISTS on its primary key: the same calls, a slower path.
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, filtersInUse, NO_FILTERS, type CallFilters } from "@/lib/calls/filters";
import type { PeriodSource } from "@/lib/analytics/queries";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserRef } from "./review-state";
import type { ReviewStatus } from "./status";

/** The filters over columns call_reviews copies from the call, under the same names. */
const COPIED = new Set<keyof CallFilters>([
  "range", "outcomes", "sentiments", "labels", "aiOutcomes", "aiSentiments", "minDuration", "maxDuration",
  "providerStatuses", "deliveryStatuses", "projects", "corrected",
]);
/** The review's own columns (every call counted here has its review row). */
const ON_REVIEW = new Set<keyof CallFilters>(["reviewStatuses", "assignees"]);

const ALL_TIME: CallFilters = { ...NO_FILTERS, range: { preset: "all" } };

function copy<K extends keyof CallFilters>(to: CallFilters, from: CallFilters, name: K) {
  to[name] = from[name];
}

/** Whether a filter in use is one call_reviews holds no copy of, so it is checked on the call itself. */
export function checksCalls(filters: CallFilters): boolean {
  return filtersInUse(filters).some((name) => name !== "labels" && !COPIED.has(name) && !ON_REVIEW.has(name));
}

/**
 * `filters` as a condition over the review row `rv` (its copies and its own columns), and, for
 * the filters it cannot hold, an EXISTS over the call. Null when no filter is in use. A review
 * row whose call is gone has no ended_at and is never counted (as a join with calls would not).
 */
export function reviewedCallsWhere(filters: CallFilters, context: WhereContext): Prisma.Sql | null {
  const inUse = filtersInUse(filters).filter((name) => name !== "labels");
  if (!inUse.length) return null;
  const copied: CallFilters = { ...ALL_TIME, labels: filters.labels };
  const onCalls: CallFilters = { ...ALL_TIME };
  for (const name of inUse) if (!ON_REVIEW.has(name)) copy(COPIED.has(name) ? copied : onCalls, filters, name);
  const conditions = [Prisma.sql`rv.ended_at IS NOT NULL`];
  // Unqualified columns resolve to the innermost table: rv's copies here, the call's below.
  if (filtersInUse(copied).some((name) => name !== "labels")) conditions.push(Prisma.sql`(${buildCallWhere(copied, context)})`);
  if (filters.reviewStatuses?.length) conditions.push(Prisma.sql`rv.status = ANY(${filters.reviewStatuses}::text[])`);
  if (filters.assignees?.length) conditions.push(assignedWhere(filters.assignees, context));
  if (filtersInUse(onCalls).length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM calls WHERE calls.id = rv.call_id AND ${buildCallWhere(onCalls, context)})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The assignee filter on a call that has a review row (as review-where.ts, without the EXISTS). */
function assignedWhere(assignees: string[], context: WhereContext): Prisma.Sql {
  const ids = assignees.flatMap((value) => (value === ASSIGNEE_ME ? (context.userId ? [context.userId] : []) : value === ASSIGNEE_NOBODY ? [] : [value]));
  const either: Prisma.Sql[] = [];
  if (ids.length) either.push(Prisma.sql`rv.assignee_id = ANY(${ids}::text[])`);
  if (assignees.includes(ASSIGNEE_NOBODY)) either.push(Prisma.sql`rv.assignee_id IS NULL`);
  return either.length ? Prisma.sql`(${Prisma.join(either, " OR ")})` : Prisma.sql`FALSE`;
}

/**
 * The number of calls of a period's source (period-source.ts): its roll-up rows' counts or its
 * calls, plus the calls of `plus`, less those of `minus`. The same count as getTotals, without its
 * other figures (a fifth of the time over 90 days of the roll-up).
 */
export async function countCalls(source: PeriodSource): Promise<number> {
  const parts = [
    source.table === "calls"
      ? Prisma.sql`(SELECT count(*) FROM calls WHERE ${source.where})`
      : Prisma.sql`(SELECT coalesce(sum(calls), 0) FROM call_day_cube WHERE ${source.where})`,
  ];
  if (source.plus) parts.push(Prisma.sql`+ (SELECT count(*) FROM calls WHERE ${source.plus})`);
  if (source.minus) parts.push(Prisma.sql`- (SELECT count(*) FROM calls WHERE ${source.minus})`);
  const [row] = await getDb().$queryRaw<{ calls: number }[]>`SELECT (${Prisma.join(parts, " ")})::int AS calls`;
  return row?.calls ?? 0;
}

export type PairRow = { kind: "outcome" | "sentiment"; ai: string | null; effective: string | null; calls: number };

/**
 * Reviewed calls (status in `statuses`) matching `filters` (the period included, its review
 * status not: that is `statuses`), per (AI label, effective label), outcome and sentiment in one
 * pass over call_reviews: an index-only range of call_reviews_stats_idx for the period.
 */
export async function countPairs(filters: CallFilters, statuses: ReviewStatus[], context: WhereContext): Promise<PairRow[]> {
  const where = reviewedCallsWhere({ ...filters, reviewStatuses: undefined }, context) ?? Prisma.sql`rv.ended_at IS NOT NULL`;
  return getDb().$queryRaw<PairRow[]>(pairsSql(Prisma.sql`call_reviews rv`, Prisma.sql`rv.status = ANY(${statuses}::text[]) AND ${where}`));
}

/**
 * The pairs of the review rows `rv` of `from` matching `where`. Counted once per combination of the
 * four labels (a few hundred), then the two grouping sets over those: one hash table over the
 * period's reviews instead of two.
 */
export function pairsSql(from: Prisma.Sql, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT CASE WHEN GROUPING(outcome_key) = 0 THEN 'outcome' ELSE 'sentiment' END AS kind,
           coalesce(outcome_key, sentiment_key) AS ai,
           coalesce(effective_outcome_key, effective_sentiment_key) AS effective, sum(calls)::int AS calls
    FROM (
      SELECT rv.outcome_key, rv.effective_outcome_key, rv.sentiment_key, rv.effective_sentiment_key, count(*) AS calls
      FROM ${from}
      WHERE ${where}
      GROUP BY 1, 2, 3, 4
    ) AS pairs
    GROUP BY GROUPING SETS ((outcome_key, effective_outcome_key), (sentiment_key, effective_sentiment_key))`;
}

export type ReviewerGrain = "day" | "week";
export type ReviewerCount = { reviewer: UserRef; /** The day, or the Monday of the week, YYYY-MM-DD in the dashboard's zone. */ bucket: string; reviews: number };
export type ReviewsScope = { from: Date | null; to: Date | null; grain: ReviewerGrain; timeZone: string; onlyActor: string | null };

/**
 * Status changes to one of `statuses`, by reviewer and bucket, made within `from`..`to` (the
 * change's time), on calls matching `filters` but their period (none in use: call_reviews is not
 * read at all). Each (reviewer, bucket, call) counts once.
 */
export async function countReviews(filters: CallFilters, statuses: ReviewStatus[], scope: ReviewsScope, context: WhereContext): Promise<ReviewerCount[]> {
  const others = reviewedCallsWhere({ ...filters, range: { preset: "all" } }, context);
  const onCalls = others ? Prisma.sql`AND EXISTS (SELECT 1 FROM call_reviews rv WHERE rv.call_id = h.call_id AND ${others})` : Prisma.empty;
  return getDb().$queryRaw<ReviewerCount[]>(reviewersSql(statuses, scope, onCalls));
}

/** Status changes of `scope` with `onCalls` (a condition on h.call_id, or empty), per reviewer and bucket. */
export function reviewersSql(statuses: ReviewStatus[], scope: ReviewsScope, onCalls: Prisma.Sql): Prisma.Sql {
  const { from, to, grain, timeZone, onlyActor } = scope;
  // Counted by hashing (reviewer, bucket, call) before the few result rows meet the users and are
  // sorted: sorting every change by text under the database's collation cost more than the rest.
  return Prisma.sql`
    WITH marked AS (
      SELECT DISTINCT h.actor_id, date_trunc(${grain}, h.at AT TIME ZONE ${timeZone}) AS bucket, h.call_id
      FROM call_review_changes h
      WHERE h.field = 'status' AND h.to_value = ANY(${statuses}::text[]) AND h.actor_id IS NOT NULL
        AND (${from}::timestamptz IS NULL OR h.at >= ${from}::timestamptz)
        AND (${to}::timestamptz IS NULL OR h.at < ${to}::timestamptz)
        AND (${onlyActor}::text IS NULL OR h.actor_id = ${onlyActor}::text) ${onCalls}
    ),
    counted AS (SELECT actor_id, bucket, count(*)::int AS reviews FROM marked GROUP BY actor_id, bucket)
    SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email) AS reviewer,
           to_char(counted.bucket, 'YYYY-MM-DD') AS bucket, counted.reviews
    FROM counted JOIN users u ON u.id = counted.actor_id
    ORDER BY counted.bucket, u.name, u.id`;
}
