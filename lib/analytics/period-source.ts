import "server-only";
// Where the analytics queries read a period from: the per-day roll-up when it holds every filter;
// the roll-up minus a few calls when the only other filters are broad review filters ("not
// reviewed", "no assignee"); the calls otherwise, found through the index of their most selective
// filter (see README, "Where the analytics numbers come from").
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { ASSIGNEE_NOBODY, filtersInUse, NO_FILTERS, type CallFilters } from "@/lib/calls/filters";
import { reviewConditions } from "@/lib/calls/review-where";
import { buildDayCubeWhere, isDayCubeFilter } from "./day-cube";
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

/** How a period is read, decided once per page from the filters (the previous period reads alike). */
export type PeriodPlan = "calls" | "cube" | "cube-minus-calls";

export function planPeriod(filters: CallFilters, rollUp: boolean): PeriodPlan {
  if (!rollUp) return "calls";
  if (isDayCubeFilter(filters)) return "cube";
  const split = splitBroad(filters);
  return split && isDayCubeFilter(split.rest) ? "cube-minus-calls" : "calls";
}

/** The source of `period` (the page's filters, or the previous period's) under `plan`. */
export function periodSource(period: CallFilters, plan: PeriodPlan, context: WhereContext): PeriodSource {
  const labels = period.labels;
  if (plan === "calls") return { table: "calls", where: buildCallWhere(period, context), labels };
  if (plan === "cube") return { table: "call_day_cube", where: buildDayCubeWhere(period, context), labels };
  const { rest, broad } = splitBroad(period)!;
  // Never NULL (EXISTS and its negations), so NOT is the exact complement.
  const broadWhere = Prisma.join(reviewConditions({ ...NO_FILTERS, ...broad }, context), " AND ");
  return {
    table: "call_day_cube",
    where: buildDayCubeWhere(rest, context),
    labels,
    minus: Prisma.sql`${buildCallWhere(rest, context)} AND NOT (${broadWhere})`,
  };
}
