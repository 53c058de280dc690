// The analytics page's queries as benchmark cases for `npm run bench:queries` (query-cases.ts):
// the one-pass breakdowns of the period, the previous period's totals, and the whole page as it
// runs them (in parallel). `npm run bench:analytics` runs only these.
import { analyticsSources, getAnalytics } from "@/lib/analytics/get-analytics";
import { parseGrain } from "@/lib/analytics/grain";
import { daySpanOf } from "@/lib/analytics/period";
import { getBreakdowns, getTotals } from "@/lib/analytics/queries";
import { parseCallFilters } from "@/lib/calls/filters";
import type { QueryCase } from "./query-cases";

const ANALYTICS_TARGET = 300;

/** The page's queries for an /analytics URL query string, exactly as the page runs them. */
export function analyticsCases(query: string): QueryCase[] {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params, { range: "30d" });
  const contextAt = ({ now, timeZone }: { now: Date; timeZone: string }) => ({
    now,
    timeZone,
    grain: parseGrain(params, daySpanOf(filters.range, now, timeZone)).grain,
  });
  return [
    {
      group: "analytics",
      name: `${query}: period breakdowns (one pass)`,
      targetMs: ANALYTICS_TARGET,
      run: async (c) => {
        const context = contextAt(c);
        const where = await analyticsSources(filters, context);
        return getBreakdowns(where.current, { grain: context.grain, timeZone: context.timeZone, ...where.currentRange });
      },
    },
    {
      group: "analytics",
      name: `${query}: previous-period totals`,
      targetMs: ANALYTICS_TARGET,
      run: async (c) => {
        const where = await analyticsSources(filters, contextAt(c));
        return where.previous ? getTotals(where.previous) : null;
      },
    },
    { group: "analytics", name: `${query}: whole page`, targetMs: ANALYTICS_TARGET, run: (c) => getAnalytics(filters, contextAt(c)) },
  ];
}
