import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { ViewTooLarge } from "@/components/layout/view-too-large";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { FilterChips } from "@/components/calls/list/filter-chips";
import { HeadlineFigures } from "@/components/analytics/headline-figures";
import { PeriodSummary } from "@/components/analytics/period-summary";
import { PromiseFollowThroughLoading, PromiseFollowThroughSection, startPromiseFollowThrough } from "@/components/analytics/promise-follow-through-section";
import { sharedPromiseStatement } from "@/lib/contacts/promise-shared";
import { PromiseHeadline } from "@/components/analytics/promise-headline";
import { ReviewSection } from "@/components/analytics/review-section";
import { buildChartView } from "@/lib/analytics/chart-view";
import { presentFigure } from "@/lib/analytics/figure-view";
import { DOCUMENTED_OUTCOME_KEYS, filterFormValues, optionsFor, SENTIMENT_KEYS } from "@/lib/analytics/filter-form";
import { clampToCalls } from "@/lib/analytics/clamp-range";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { hiddenFilterChips } from "@/lib/analytics/hidden-filter-chips";
import { parseGrain } from "@/lib/analytics/grain";
import { callsHref } from "@/lib/analytics/links";
import { daySpanOf } from "@/lib/analytics/period";
import { describePeriod } from "@/lib/analytics/period-text";
import { requireUser } from "@/lib/auth/require-user";
import { compactQuery, parseCallFilters, type SearchParamsInput } from "@/lib/calls/filters";
import { listAssigneesShared } from "@/lib/calls/list-assignees";
import { getEnv } from "@/lib/env";
import { readView } from "@/lib/http/read-errors";
import { getReviewStats } from "@/lib/reviews/stats";
import { presentReviewStats, reviewerGrain } from "@/lib/reviews/stats-view";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const user = await requireUser("calls:read");
  const params = await searchParams;
  const compact = compactQuery(params);
  if (compact !== null) redirect(compact ? `/analytics?${compact}` : "/analytics");
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  const now = new Date();
  const { filters, notices } = await clampToCalls(parseCallFilters(params, { range: "30d" }), { now, timeZone });
  const span = daySpanOf(filters.range, now, timeZone);
  const { grain, notice } = parseGrain(params, span);
  const promiseContext = { filters, now, timeZone, grain, span, userId: user.id };
  // The period's calls are matched once: for filters the roll-up lacks, the figures' statement also
  // gives the promise groups, and the review share's denominator is the figures' total.
  const shared = sharedPromiseStatement(promiseContext);
  const analytics = shared.then((promises) => getAnalytics(filters, { now, timeZone, grain, userId: user.id, promises }));
  analytics.catch(() => {});
  // Only a shared statement is waited for: otherwise the section reads alone, at once.
  const promises = startPromiseFollowThrough(promiseContext, shared.then((statement) => (statement ? analytics.then((data) => data.promiseGroups) : null)));
  // The assignee chips read as names (the users list, kept 5 s: shared-read.ts), beside the page's
  // reads and only when an assignee filter is in use.
  const names = filters.assignees?.length ? listAssigneesShared().then((users) => new Map(users.map((u) => [u.id, u.name]))) : Promise.resolve(undefined);
  names.catch(() => {});
  const read = await readView(() => {
    const callsInView = analytics.then((data) => data.totals.calls);
    callsInView.catch(() => {});
    return Promise.all([analytics, getReviewStats(filters, { now, timeZone, grain: reviewerGrain(grain), callsInView }, user)]);
  });
  if (!read.ok) return <ViewTooLarge />;
  const [data, reviewStats] = read.value;
  const assigneeNames = await names;
  const [headline, ...figures] = data.figures.map(presentFigure);
  const charts = buildChartView(data, grain);
  const seen = (slices: { key: string; calls: number; href: string | null }[]) => slices.map((s) => ({ key: s.href ? s.key : null, calls: s.calls }));

  return (
    <section className="min-w-0 space-y-4">
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
        projects={optionsFor([], data.projects.map((p) => ({ key: p.projectId, calls: p.calls })), filters.projects, (key) => key)}
        outcomes={optionsFor(DOCUMENTED_OUTCOME_KEYS, seen(data.outcomes), filters.outcomes)}
        sentiments={optionsFor(SENTIMENT_KEYS, seen(data.sentiments), filters.sentiments)}
      />
      <FilterChips {...hiddenFilterChips(filters, grain, assigneeNames)} clearLabel="Clear these filters" />
      {headline && <PromiseHeadline figure={headline} trend={charts.promiseRate.points} per={grain} previousPeriod={describePeriod(data.span, data.previousRange, timeZone).previous} />}
      <HeadlineFigures figures={figures} />
      <AnalyticsCharts view={charts} />
      <Suspense fallback={<PromiseFollowThroughLoading />}>
        <PromiseFollowThroughSection read={promises} grain={grain} />
      </Suspense>
      <ReviewSection view={presentReviewStats(reviewStats, span)} />
    </section>
  );
}
