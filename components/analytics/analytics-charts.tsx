// Every chart of the page, fed with series the lib prepared; this file only chooses what to draw.
import type { Analytics } from "@/lib/analytics/get-analytics";
import { keyedChartConfig } from "@/lib/analytics/chart-config";
import { formatCount, formatPercent } from "@/lib/analytics/format";
import type { Grain } from "@/lib/analytics/grain";
import { BarListChart, type BarItem } from "./bar-list-chart";
import { ChartCard, EmptyChart } from "./chart-card";
import { OutcomeSentimentTable } from "./outcome-sentiment-table";
import { OutcomesOverTimeChart } from "./outcomes-over-time-chart";
import { PromiseRateChart } from "./promise-rate-chart";
import { colourOf } from "@/lib/calls/palette";

const share = (calls: number, total: number) => `${formatCount(calls)} calls, ${formatPercent(calls / total)} of ${formatCount(total)}`;

export function AnalyticsCharts({ data, grain }: { data: Analytics; grain: Grain }) {
  const empty = data.totals.calls === 0;
  const outcomeConfig = keyedChartConfig(data.outcomesOverTime.keys);
  const sentimentConfig = keyedChartConfig(data.sentiments.map((s) => s.key));
  const toItems = (slices: Analytics["outcomes"]): BarItem[] =>
    slices.map((s) => ({ key: s.key, label: s.label, value: s.calls, display: formatCount(s.calls), detail: share(s.calls, data.totals.calls), href: s.href }));
  const projectItems: BarItem[] = data.projects.map((p) => ({
    key: p.projectId ?? "none", label: p.label, value: p.rate === null ? null : p.rate * 100, display: formatPercent(p.rate, "no delivered calls"),
    detail: `${formatCount(p.promises)} promises of ${formatCount(p.delivered)} delivered (${formatCount(p.calls)} calls)`, href: p.href,
  }));
  const durationItems: BarItem[] = data.durations.bins.map((b) => ({
    key: b.key, label: b.label, value: b.calls, display: formatCount(b.calls), detail: share(b.calls, data.totals.calls), href: b.href,
  }));
  const per = grain === "day" ? "day" : grain === "week" ? "week (Monday to Sunday)" : "month";

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard id="promise-rate" title={`Payment-promise rate per ${grain}`} className="lg:col-span-2"
        definition={`Payment promises ÷ delivered calls, per ${per}. A ${grain} without delivered calls is a gap. Click a point for its delivered calls.`}
        table={{ columns: ["Period", "Rate", "Promises", "Delivered", "Calls"], rows: data.promiseRate.map((p) => ({ key: p.bucket, href: p.href, cells: [p.label, formatPercent(p.rate, "no delivered calls"), formatCount(p.promises), formatCount(p.delivered), formatCount(p.calls)] })) }}>
        {empty ? <EmptyChart /> : <PromiseRateChart points={data.promiseRate} />}
      </ChartCard>
      <ChartCard id="outcomes-over-time" title={`Calls by outcome per ${grain}`} className="lg:col-span-2"
        definition="Every call, stacked by outcome. Click a segment for those calls."
        table={{ columns: ["Period", "Calls", ...data.outcomesOverTime.keys.map((k) => outcomeConfig[k]?.label ?? k)], rows: data.outcomesOverTime.points.map((p) => ({ key: p.bucket, href: null, cells: [p.label, formatCount(p.total), ...data.outcomesOverTime.keys.map((k) => formatCount(p.counts[k] ?? 0))] })) }}>
        {empty ? <EmptyChart /> : <OutcomesOverTimeChart series={data.outcomesOverTime} config={outcomeConfig} />}
      </ChartCard>
      <ChartCard id="outcomes" title="Outcome distribution" definition="Calls per outcome in the period, undocumented outcomes included."
        table={{ columns: ["Outcome", "Calls", "Share"], rows: data.outcomes.map((s) => ({ key: s.key, href: s.href, cells: [s.label, formatCount(s.calls), formatPercent(s.share)] })) }}>
        {empty ? <EmptyChart /> : <BarListChart items={toItems(data.outcomes)} config={{ ...outcomeConfig, value: { label: "Calls", color: "var(--chart-2)" } }} label="Calls per outcome, as bars" layout="bars-across" />}
      </ChartCard>
      <ChartCard id="sentiments" title="Sentiment distribution" definition="Calls per sentiment in the period."
        table={{ columns: ["Sentiment", "Calls", "Share"], rows: data.sentiments.map((s) => ({ key: s.key, href: s.href, cells: [s.label, formatCount(s.calls), formatPercent(s.share)] })) }}>
        {empty ? <EmptyChart /> : <BarListChart items={toItems(data.sentiments)} config={{ ...sentimentConfig, value: { label: "Calls", color: "var(--chart-2)" } }} label="Calls per sentiment, as bars" layout="bars-across" />}
      </ChartCard>
      <ChartCard id="outcome-sentiment" title="Outcome × sentiment" className="lg:col-span-2" definition="Calls per outcome and sentiment; darker cells hold more calls. Click a number for those calls.">
        {empty ? <EmptyChart /> : <OutcomeSentimentTable matrix={data.matrix} />}
      </ChartCard>
      <ChartCard id="projects" title="Payment-promise rate by project" definition="Payment promises ÷ delivered calls per project (metadata.requestMetadata.project_id), largest projects first. Click a bar for the project's delivered calls."
        table={{ columns: ["Project", "Rate", "Promises", "Delivered", "Calls"], rows: data.projects.map((p) => ({ key: p.label, href: p.href, cells: [p.label, formatPercent(p.rate, "no delivered calls"), formatCount(p.promises), formatCount(p.delivered), formatCount(p.calls)] })) }}>
        {empty ? <EmptyChart /> : <BarListChart items={projectItems} config={{ value: { label: "Promise rate", color: colourOf("payment_promise") } }} label="Payment-promise rate per project, as bars" layout="bars-across" percent />}
      </ChartCard>
      <ChartCard id="durations" title="Duration distribution" definition={`Calls per duration (from the start of a bin up to the next).${data.durations.unknown ? ` ${formatCount(data.durations.unknown)} calls without a duration are left out.` : ""}`}
        table={{ columns: ["Duration", "Calls"], rows: data.durations.bins.map((b) => ({ key: b.key, href: b.href, cells: [b.label, formatCount(b.calls)] })) }}>
        {empty ? <EmptyChart /> : <BarListChart items={durationItems} config={{ value: { label: "Calls", color: "var(--chart-2)" } }} label="Calls per duration bin, as columns" layout="columns" />}
      </ChartCard>
    </div>
  );
}
