// Everything the charts draw, prepared from the page's data: rows with their counts, tables with
// their links, partial-period marks and legends. Components only draw what this returns.
import { projectBarRows, sliceBarRows, durationColumns } from "./bar-rows";
import { keyedChartConfig } from "./chart-config";
import { durationTable, outcomesOverTimeTable, projectTable, promiseRateTable, sliceTable } from "./chart-tables";
import { formatCalls } from "./format";
import type { Analytics } from "./get-analytics";
import type { Grain } from "./grain";
import { toLinePoints } from "./line-points";
import { partialLegend, perGrain } from "./tooltips";

export type ChartData = Pick<Analytics, "totals" | "promiseRate" | "outcomesOverTime" | "outcomes" | "sentiments" | "matrix" | "projects" | "durations">;

export function buildChartView(data: ChartData, grain: Grain) {
  const outcomeConfig = keyedChartConfig(data.outcomesOverTime.keys);
  const unknown = data.durations.unknown;
  return {
    empty: data.totals.calls === 0,
    grain,
    per: perGrain(grain),
    promiseRate: {
      points: toLinePoints(data.promiseRate),
      table: promiseRateTable(data.promiseRate),
      legend: partialLegend(data.promiseRate, grain, "dashed"),
    },
    outcomesOverTime: {
      series: data.outcomesOverTime,
      config: outcomeConfig,
      table: outcomesOverTimeTable(data.outcomesOverTime, outcomeConfig),
      legend: partialLegend(data.outcomesOverTime.points, grain, "lighter"),
    },
    outcomes: { rows: sliceBarRows(data.outcomes), table: sliceTable("Outcome", data.outcomes) },
    sentiments: { rows: sliceBarRows(data.sentiments), table: sliceTable("Sentiment", data.sentiments) },
    matrix: data.matrix,
    projects: { rows: projectBarRows(data.projects), table: projectTable(data.projects) },
    durations: {
      columns: durationColumns(data.durations.bins),
      table: durationTable(data.durations.bins),
      definition: `Calls per duration, from the start of a bin up to the next.${unknown ? ` ${formatCalls(unknown)} without a duration ${unknown === 1 ? "is" : "are"} left out.` : ""}`,
    },
  };
}

export type ChartView = ReturnType<typeof buildChartView>;
