import "server-only";
// Everything the analytics page shows for one set of filters: the period's breakdowns and the
// previous period's totals are queried in parallel, then pure builders make figures and series.
import { dayOf, resolveDateRange } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { buildOutcomeDistribution, buildOutcomeSentimentMatrix, buildProjectRates, buildSentimentDistribution } from "./distributions";
import { buildDurationHistogram } from "./durations";
import { splitBreakdowns } from "./breakdowns";
import { buildHeadlineFigures } from "./figures";
import type { Grain } from "./grain";
import { hrefBuilder } from "./links";
import { daySpanOf, previousRange } from "./period";
import { ensureDayCube } from "./day-cube";
import { periodSource, planPeriod } from "./period-source";
import { getBreakdowns, getTotals, type PeriodSource } from "./queries";
import { getBreakdownsAndPromises, type PromisesOfMatched } from "./shared-match";
import { bucketsFor, buildOutcomesOverTime, buildPromiseRateSeries } from "./series";

/** `rollUp: false` always reads the calls (the tests compare both ways). */
/** `userId`: the viewer, for the assignee filter "me". */
/**
 * `promises`: the promise section's statement (planPromiseRead), run over the same matched calls
 * as the figures when the period is read from the calls (shared-match.ts); its rows are returned
 * as `promiseGroups` (null when the figures came from the roll-up: the section reads alone).
 */
export type AnalyticsContext = { now: Date; timeZone: string; grain: Grain; rollUp?: boolean; userId?: string; promises?: PromisesOfMatched | null };

/**
 * Where the page's queries read: the period's rows, and the previous period's (null for all time),
 * as period-source.ts plans them: the per-day roll-up when the filters allow it (built for the time
 * zone first, if need be), in part or whole, the calls otherwise.
 */
export async function analyticsSources(filters: CallFilters, { now, timeZone, rollUp = true, userId }: Omit<AnalyticsContext, "grain">) {
  const previous = previousRange(filters.range, now, timeZone);
  const plan = planPeriod(filters, rollUp);
  if (plan !== "calls") await ensureDayCube(timeZone);
  const source = (period: CallFilters): PeriodSource => periodSource(period, plan, { now, timeZone, userId });
  return {
    current: source(filters),
    currentRange: resolveDateRange(filters.range, now, timeZone),
    previous: previous && source({ ...filters, range: previous }),
    previousRange: previous,
  };
}

export async function getAnalytics(filters: CallFilters, context: AnalyticsContext) {
  const { grain, timeZone, now } = context;
  const where = await analyticsSources(filters, context);
  const scope = { grain, timeZone, ...where.currentRange };
  const shared = context.promises && where.current.table === "calls" && !where.current.plus && !where.current.minus ? context.promises : null;
  const [{ rows, promises: promiseGroups }, previousTotals] = await Promise.all([
    shared ? getBreakdownsAndPromises(where.current, scope, shared) : getBreakdowns(where.current, scope).then((rows) => ({ rows, promises: null })),
    where.previous ? getTotals(where.previous) : null,
  ]);
  const { totals, overTime: bucketRows, outcomeSentiment: matrixRows, projects: projectRows, durations: durationRows } = splitBreakdowns(rows);
  const hrefFor = hrefBuilder(filters);
  const span = daySpanOf(filters.range, now, timeZone);
  const buckets = bucketsFor(bucketRows, grain, span);
  const bucketContext = { grain, span, today: dayOf(now, timeZone) };
  return {
    span,
    promiseGroups,
    previousRange: where.previousRange,
    totals,
    figures: buildHeadlineFigures(totals, previousTotals, hrefFor),
    promiseRate: buildPromiseRateSeries(bucketRows, buckets, bucketContext, hrefFor),
    outcomesOverTime: buildOutcomesOverTime(bucketRows, buckets, bucketContext, hrefFor),
    outcomes: buildOutcomeDistribution(matrixRows, hrefFor),
    sentiments: buildSentimentDistribution(matrixRows, hrefFor),
    matrix: buildOutcomeSentimentMatrix(matrixRows, hrefFor),
    projects: buildProjectRates(projectRows, hrefFor),
    durations: buildDurationHistogram(durationRows, hrefFor),
  };
}

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;
