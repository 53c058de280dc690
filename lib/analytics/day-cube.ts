import "server-only";
// The per-local-day roll-up of the calls ("day cube", table call_day_cube): what the analytics
// queries read instead of a million calls when the filters only use what it holds. A trigger on
// `calls` keeps it current (migration analytics_day_cube); it is built for one time zone and rebuilt
// from `calls` when asked for another (first use, or DASHBOARD_TIMEZONE changed).
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { resolveDateRange } from "@/lib/calls/date-range";
import { filtersInUse, type CallFilters } from "@/lib/calls/filters";
import { LOCK_DAY_CUBE, rebuildDayCubeSql } from "./day-cube-sql";
import { binsCovering } from "./durations";

/**
 * The filters the cube can serve: it holds the day, the AI's and the corrected outcome and
 * sentiment, project, delivery and provider status, and the duration bin (so durations from a bin's
 * start to a bin's end, the histogram's links). Any other filter in use (search, phone, metadata,
 * other durations, review status, assignee, tag, or one added later) reads the calls, in part or
 * whole (period-source.ts).
 */
const SERVED = new Set<keyof CallFilters>([
  "range", "outcomes", "sentiments", "projects", "deliveryStatuses", "providerStatuses", "labels", "aiOutcomes", "aiSentiments", "corrected",
]);
const DURATIONS = new Set<keyof CallFilters>(["minDuration", "maxDuration"]);

/** Whether every filter is one the cube holds (the date range is always whole local days). */
export function isDayCubeFilter(filters: CallFilters): boolean {
  const inUse = filtersInUse(filters);
  const durations = inUse.some((name) => DURATIONS.has(name));
  if (durations && !binsCovering(filters.minDuration, filters.maxDuration)) return false;
  return inUse.every((name) => SERVED.has(name) || DURATIONS.has(name));
}

/**
 * The condition over call_day_cube's columns selecting the cube rows of `filters` (which
 * isDayCubeFilter accepts). Outcome, sentiment, project and the statuses have the calls' column
 * names; a missing value is '' in the cube, which no filter value is. Durations become bins.
 */
export function buildDayCubeWhere(filters: CallFilters, context: WhereContext): Prisma.Sql {
  const { from, to } = resolveDateRange(filters.range, context.now, context.timeZone);
  const { minDuration, maxDuration, ...rest } = filters;
  const conditions = [Prisma.sql`calls > 0`, buildCallWhere({ ...rest, range: { preset: "all" } }, context)];
  if (from) conditions.push(Prisma.sql`day >= (${from}::timestamptz AT TIME ZONE ${context.timeZone})::date`);
  if (to) conditions.push(Prisma.sql`day < (${to}::timestamptz AT TIME ZONE ${context.timeZone})::date`);
  if (minDuration !== undefined || maxDuration !== undefined) {
    const bins = binsCovering(minDuration, maxDuration);
    if (!bins) throw new Error("buildDayCubeWhere: durations that do not follow the bins (see isDayCubeFilter)");
    conditions.push(bins.to === null ? Prisma.sql`bin >= ${bins.from}` : Prisma.sql`bin BETWEEN ${bins.from} AND ${bins.to}`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Rebuilds the cube from `calls` for `timeZone`, unless it already is (or another request just did it). */
export async function rebuildDayCube(timeZone: string): Promise<void> {
  await getDb().$transaction(
    async (tx) => {
      // Maintenance, not a page query: READ_STATEMENT_TIMEOUT_MS must not cancel a rebuild at
      // ten million calls, which every later page would then retry.
      await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
      // Concurrent requests wait here, then find the cube built.
      await tx.$executeRaw(LOCK_DAY_CUBE);
      const [zone] = await tx.$queryRaw<{ timeZone: string | null }[]>`
        SELECT time_zone AS "timeZone" FROM call_day_cube_zone WHERE id = 1`;
      if (zone?.timeZone === timeZone) return;
      for (const statement of rebuildDayCubeSql(timeZone)) await tx.$executeRaw(statement);
    },
    // 1.4 s at a million calls; the default 5 s would fail a rebuild at a few million.
    { timeout: 600_000, maxWait: 600_000 },
  );
}

/**
 * Makes sure the cube is built for `timeZone`: one read of a one-row table per page when it is,
 * so a cube invalidated by another process (data:generate) is noticed without a restart.
 */
export async function ensureDayCube(timeZone: string): Promise<void> {
  const [zone] = await getDb().$queryRaw<{ timeZone: string | null }[]>`
    SELECT time_zone AS "timeZone" FROM call_day_cube_zone WHERE id = 1`;
  if (zone?.timeZone !== timeZone) await rebuildDayCube(timeZone);
}
