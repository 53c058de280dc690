import "server-only";
// Where the analytics queries read a period from: the per-day roll-up when it holds every filter;
// the roll-up minus a few calls when the only other filters are broad review filters ("not
// reviewed", "no assignee"); the calls otherwise, found through the index of their most selective
// filter (see README, "Where the analytics numbers come from").
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, filtersInUse, NO_FILTERS, type CallFilters } from "@/lib/calls/filters";
import { reviewConditions } from "@/lib/calls/review-where";
import { buildDayCubeWhere, isDayCubeFilter } from "./day-cube";
import { binFilters, durationSpans, type DurationSpan } from "./duration-spans";
import type { PeriodSource } from "./queries";

type Broad = Pick<CallFilters, "reviewStatuses" | "assignees">;

/**
 * The review filters that match most calls: a status list with "not reviewed" (every call without a
 * review) and an assignee list with "nobody". Their complement is the few reviewed or assigned
 * calls, so A AND broad is counted as A (from the roll-up) minus A AND NOT broad (from the calls).
 */
function splitBroad(filters: CallFilters): { rest: CallFilters; broad: Broad } | null {
  const { reviewStatuses, assignees, ...rest } = filters;
  const broad: Broad = {};
  if (reviewStatuses?.length) {
    if (!reviewStatuses.includes("not_reviewed")) return null;
    broad.reviewStatuses = reviewStatuses;
  }
  if (assignees?.length) {
    if (!assignees.includes(ASSIGNEE_NOBODY)) return null;
    broad.assignees = assignees;
  }
  return filtersInUse({ ...rest, ...broad }).some((name) => name in broad) ? { rest, broad } : null;
}

/**
 * NOT (broad), written as one EXISTS over the call's review row (call_reviews has at most one per
 * call), so PostgreSQL reads the few reviewed calls through a semi-join: a NOT over NOT EXISTS is
 * not turned into one and became a per-row subplan over the whole table. Not reviewed: no row whose
 * status is outside the list, so the complement is a row whose status is; nobody (or one of `ids`):
 * no row with another assignee, so the complement is a row with an assignee outside `ids`.
 */
function notBroadWhere(broad: Broad, context: WhereContext): Prisma.Sql {
  const either: Prisma.Sql[] = [];
  if (broad.reviewStatuses) either.push(Prisma.sql`r.status <> ALL(${broad.reviewStatuses}::text[])`);
  if (broad.assignees) {
    const ids = broad.assignees.flatMap((value) => (value === ASSIGNEE_ME ? (context.userId ? [context.userId] : []) : value === ASSIGNEE_NOBODY ? [] : [value]));
    either.push(Prisma.sql`(r.assignee_id IS NOT NULL AND r.assignee_id <> ALL(${ids}::text[]))`);
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND (${Prisma.join(either, " OR ")}))`;
}

/** How a period is read, decided once per page from the filters (the previous period reads alike). */
export type PeriodPlan = "calls" | "cube" | "cube-and-calls";

/** The filters without durations and broad review filters, if those are all the roll-up lacks. */
function splitForCube(filters: CallFilters): { rest: CallFilters; broad: Broad | null } | null {
  const split = splitBroad(filters);
  const rest: CallFilters = { ...(split?.rest ?? filters) };
  delete rest.minDuration;
  delete rest.maxDuration;
  return isDayCubeFilter(rest) ? { rest, broad: split?.broad ?? null } : null;
}

export function planPeriod(filters: CallFilters, rollUp: boolean): PeriodPlan {
  if (!rollUp) return "calls";
  if (isDayCubeFilter(filters)) return "cube";
  return splitForCube(filters) ? "cube-and-calls" : "calls";
}

const durationIn = ([from, to]: DurationSpan) =>
  to === null ? Prisma.sql`duration_seconds >= ${from}` : Prisma.sql`duration_seconds BETWEEN ${from} AND ${to}`;
const anyOf = (spans: DurationSpan[]) => Prisma.sql`(${Prisma.join(spans.map(durationIn), " OR ")})`;

/**
 * The source of `period` (the page's filters, or the previous period's) under `plan`. For
 * "cube-and-calls", with A the filters the roll-up holds, D the durations (the bins `cube` takes
 * whole, less `minus` spans, plus `plus` spans; duration-spans.ts) and C the broad review filters:
 *   A∧D∧C = cube(A∧bins) − calls(A∧bins∧¬C) − calls(A∧minus∧C) + calls(A∧plus∧C)
 * The two subtracted sets are disjoint (¬C and C), so they are one condition.
 */
export function periodSource(period: CallFilters, plan: PeriodPlan, context: WhereContext): PeriodSource {
  const labels = period.labels;
  if (plan === "calls") return { table: "calls", where: buildCallWhere(period, context), labels };
  if (plan === "cube") return { table: "call_day_cube", where: buildDayCubeWhere(period, context), labels };
  const { rest, broad } = splitForCube(period)!;
  const spans = period.minDuration !== undefined || period.maxDuration !== undefined ? durationSpans(period.minDuration, period.maxDuration) : null;
  // The roll-up's part: every duration (no duration filter), the whole bins, or nothing.
  const cubeFilters: CallFilters | null = !spans ? rest : spans.cube ? { ...rest, ...binFilters(spans.cube) } : null;
  const restWhere = buildCallWhere(rest, context);
  // Never NULL (EXISTS and its negations), so NOT is the exact complement.
  const broadWhere = broad ? Prisma.join(reviewConditions({ ...NO_FILTERS, ...broad }, context), " AND ") : Prisma.sql`TRUE`;
  const notBroad = broad ? notBroadWhere(broad, context) : Prisma.sql`FALSE`;
  const cubeWhere = cubeFilters ? buildDayCubeWhere(cubeFilters, context) : Prisma.sql`FALSE`;
  const taken: Prisma.Sql[] = [];
  if (broad && cubeFilters) taken.push(Prisma.sql`(${buildCallWhere(cubeFilters, context)} AND ${notBroad})`);
  if (spans?.minus.length) taken.push(Prisma.sql`(${restWhere} AND ${anyOf(spans.minus)} AND ${broadWhere})`);
  return {
    table: "call_day_cube",
    where: cubeWhere,
    labels,
    ...(taken.length && { minus: Prisma.join(taken, " OR ") }),
    ...(spans?.plus.length && { plus: Prisma.sql`${restWhere} AND ${anyOf(spans.plus)} AND ${broadWhere}` }),
  };
}
