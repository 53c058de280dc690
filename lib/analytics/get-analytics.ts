import "server-only";
// Everything the analytics page shows for one set of filters: the queries run in parallel, then
// the pure builders turn their rows into figures and chart series.
import { buildCallWhere } from "@/lib/calls/call-where";
import type { CallFilters } from "@/lib/calls/filters";
import { buildOutcomeDistribution, buildOutcomeSentimentMatrix, buildProjectRates, buildSentimentDistribution } from "./distributions";
import { buildDurationHistogram } from "./durations";
import { buildHeadlineFigures } from "./figures";
import type { Grain } from "./grain";
import { hrefBuilder } from "./links";
import { daySpanOf, previousRange } from "./period";
import {
  getCallsByBucketAndOutcome,
  getCallsByOutcomeAndSentiment,
  getDurationHistogram,
  getPromiseRateByProject,
  getTotals,
} from "./queries";
import { bucketsFor, buildOutcomesOverTime, buildPromiseRateSeries } from "./series";

export type AnalyticsContext = { now: Date; timeZone: string; grain: Grain };

/** The SQL conditions of the page's queries: the period's, and the previous period's (null for all time). */
export function analyticsWhere(filters: CallFilters, { now, timeZone }: AnalyticsContext) {
  const previous = previousRange(filters.range, now, timeZone);
  return {
    current: buildCallWhere(filters, { now, timeZone }),
    previous: previous && buildCallWhere({ ...filters, range: previous }, { now, timeZone }),
    previousRange: previous,
  };
}

export async function getAnalytics(filters: CallFilters, context: AnalyticsContext) {
  const { grain, timeZone, now } = context;
  const where = analyticsWhere(filters, context);
  const [totals, previousTotals, bucketRows, matrixRows, projectRows, durationRows] = await Promise.all([
    getTotals(where.current),
    where.previous ? getTotals(where.previous) : null,
    getCallsByBucketAndOutcome(where.current, grain, timeZone),
    getCallsByOutcomeAndSentiment(where.current),
    getPromiseRateByProject(where.current),
    getDurationHistogram(where.current),
  ]);
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
