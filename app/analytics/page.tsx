import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ViewTooLarge } from "@/components/layout/view-too-large";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { HeadlineFigures } from "@/components/analytics/headline-figures";
import { PeriodSummary } from "@/components/analytics/period-summary";
import { DOCUMENTED_OUTCOME_KEYS, filterFormValues, optionsFor, SENTIMENT_KEYS } from "@/lib/analytics/filter-form";
import { clampToCalls } from "@/lib/analytics/clamp-range";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { parseGrain } from "@/lib/analytics/grain";
import { callsHref } from "@/lib/analytics/links";
import { daySpanOf } from "@/lib/analytics/period";
import { requireUser } from "@/lib/auth/require-user";
import { compactQuery, parseCallFilters, type SearchParamsInput } from "@/lib/calls/filters";
import { getEnv } from "@/lib/env";
import { readView } from "@/lib/http/read-errors";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await requireUser("calls:read");
  const params = await searchParams;
  const compact = compactQuery(params);
  if (compact !== null) redirect(compact ? `/analytics?${compact}` : "/analytics");
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  const now = new Date();
  const { filters, notices } = await clampToCalls(parseCallFilters(params, { range: "30d" }), { now, timeZone });
  const { grain, notice } = parseGrain(params, daySpanOf(filters.range, now, timeZone));
  const read = await readView(() => getAnalytics(filters, { now, timeZone, grain }));
  if (!read.ok) return <ViewTooLarge />;
  const data = read.value;

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Analytics</h1>
        <Link href={callsHref(filters)} className="text-sm text-accent hover:underline">Open these calls in the list →</Link>
      </div>
      <PeriodSummary span={data.span} previous={data.previousRange} timeZone={timeZone} />
      {[...notices, ...(notice ? [notice] : [])].map((text) => (
        <p key={text} role="status" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted">{text}</p>
      ))}
      <AnalyticsFilters
        key={JSON.stringify(params)}
        values={filterFormValues(filters, grain)}
        projects={optionsFor([], data.projects.map((p) => p.projectId), filters.projects, (key) => key)}
        outcomes={optionsFor(DOCUMENTED_OUTCOME_KEYS, data.outcomes.map((o) => (o.href ? o.key : null)), filters.outcomes)}
        sentiments={optionsFor(SENTIMENT_KEYS, data.sentiments.map((s) => (s.href ? s.key : null)), filters.sentiments)}
      />
      <HeadlineFigures figures={data.figures} comparedWith={data.previousRange ? "the previous period" : null} />
      <AnalyticsCharts data={data} grain={grain} />
    </section>
  );
}
