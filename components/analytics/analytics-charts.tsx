// Every chart of the page, fed with rows, tables and texts the lib prepared; this file only
// chooses what to draw where.
import type { ChartView } from "@/lib/analytics/chart-view";
import { colourOf } from "@/lib/calls/palette";
import { BarList } from "./bar-list";
import { ChartCard, EmptyChart } from "./chart-card";
import { DurationChart } from "./duration-chart";
import { OutcomeSentimentTable } from "./outcome-sentiment-table";
import { OutcomesOverTimeChart } from "./outcomes-over-time-chart";
import { PromiseRateChart } from "./promise-rate-chart";

const promiseColour = () => colourOf("payment_promise");

export function AnalyticsCharts({ view }: { view: ChartView }) {
  const { empty, grain, per } = view;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard id="promise-rate" title={`Payment-promise rate per ${grain}`} className="lg:col-span-2"
        definition={`Payment promises ÷ delivered calls, per ${per}. A ${grain} without delivered calls is a gap. Click a point for its delivered calls.`}
        table={view.promiseRate.table}>
        {empty ? <EmptyChart /> : <PromiseRateChart points={view.promiseRate.points} legend={view.promiseRate.legend} />}
      </ChartCard>
      <ChartCard id="outcomes-over-time" title={`Calls by outcome per ${grain}`} className="lg:col-span-2"
        definition="Every call, stacked by outcome, with each stack's total on top. Click a segment for those calls."
        table={view.outcomesOverTime.table}>
        {empty ? (
          <EmptyChart />
        ) : (
          <OutcomesOverTimeChart series={view.outcomesOverTime.series} config={view.outcomesOverTime.config} legend={view.outcomesOverTime.legend} />
        )}
      </ChartCard>
      <ChartCard id="outcomes" title="Outcome distribution" definition="Calls per outcome in the period (calls · share), undocumented outcomes included. Click a bar for those calls."
        table={view.outcomes.table}>
        {empty ? <EmptyChart /> : <BarList rows={view.outcomes.rows} colourOf={colourOf} label="Calls per outcome" swatch />}
      </ChartCard>
      <ChartCard id="sentiments" title="Sentiment distribution" definition="Calls per sentiment in the period (calls · share). Click a bar for those calls."
        table={view.sentiments.table}>
        {empty ? <EmptyChart /> : <BarList rows={view.sentiments.rows} colourOf={colourOf} label="Calls per sentiment" swatch />}
      </ChartCard>
      <ChartCard id="outcome-sentiment" title="Outcome × sentiment" className="lg:col-span-2" definition="Calls per outcome and sentiment; darker cells hold more calls. Click a number for those calls.">
        {empty ? <EmptyChart /> : <OutcomeSentimentTable matrix={view.matrix} />}
      </ChartCard>
      <ChartCard id="projects" title="Payment-promise rate by project"
        definition="Payment promises ÷ delivered calls per project, with the delivered calls behind each rate; largest projects first. Click a bar for the project's delivered calls."
        table={view.projects.table}>
        {empty ? <EmptyChart /> : <BarList rows={view.projects.rows} colourOf={promiseColour} label="Payment-promise rate per project" />}
      </ChartCard>
      <ChartCard id="durations" title="Duration distribution" definition={view.durations.definition} table={view.durations.table}>
        {empty ? <EmptyChart /> : <DurationChart columns={view.durations.columns} />}
      </ChartCard>
    </div>
  );
}
