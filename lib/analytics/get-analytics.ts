import "server-only";
// Everything the analytics page shows for one set of filters: the period's breakdowns and the
// previous period's totals are queried in parallel, then pure builders make figures and series.
import { buildCallWhere } from "@/lib/calls/call-where";
import { resolveDateRange } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { buildOutcomeDistribution, buildOutcomeSentimentMatrix, buildProjectRates, buildSentimentDistribution } from "./distributions";
import { buildDurationHistogram } from "./durations";
import { splitBreakdowns } from "./breakdowns";
import { buildHeadlineFigures } from "./figures";
import type { Grain } from "./grain";
import { hrefBuilder } from "./links";
import { daySpanOf, previousRange } from "./period";
import { getBreakdowns, getTotals } from "./queries";
import { bucketsFor, buildOutcomesOverTime, buildPromiseRateSeries } from "./series";

export type AnalyticsContext = { now: Date; timeZone: string; grain: Grain };

/** The SQL conditions of the page's queries: the period's, and the previous period's (null for all time). */
export function analyticsWhere(filters: CallFilters, { now, timeZone }: AnalyticsContext) {
  const previous = previousRange(filters.range, now, timeZone);
  return {
    current: buildCallWhere(filters, { now, timeZone }),
    currentRange: resolveDateRange(filters.range, now, timeZone),
    previous: previous && buildCallWhere({ ...filters, range: previous }, { now, timeZone }),
    previousRange: previous,
  };
}

export async function getAnalytics(filters: CallFilters, context: AnalyticsContext) {
  const { grain, timeZone, now } = context;
  const where = analyticsWhere(filters, context);
  const [rows, previousTotals] = await Promise.all([
    getBreakdowns(where.current, { grain, timeZone, ...where.currentRange }),
    where.previous ? getTotals(where.previous) : null,
  ]);
  const { totals, overTime: bucketRows, outcomeSentiment: matrixRows, projects: projectRows, durations: durationRows } = splitBreakdowns(rows);
  const hrefFor = hrefBuilder(filters);
  const span = daySpanOf(filters.range, now, timeZone);
  const buckets = bucketsFor(bucketRows, grain, span);
  return {
    span,
    previousRange: where.previousRange,
    totals,
    figures: buildHeadlineFigures(totals, previousTotals, hrefFor),
    promiseRate: buildPromiseRateSeries(bucketRows, buckets, grain, span, hrefFor),
    outcomesOverTime: buildOutcomesOverTime(bucketRows, buckets, grain, span, hrefFor),
    outcomes: buildOutcomeDistribution(matrixRows, hrefFor),
    sentiments: buildSentimentDistribution(matrixRows, hrefFor),
    matrix: buildOutcomeSentimentMatrix(matrixRows, hrefFor),
    projects: buildProjectRates(projectRows, hrefFor),
    durations: buildDurationHistogram(durationRows, hrefFor),
  };
}

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;
