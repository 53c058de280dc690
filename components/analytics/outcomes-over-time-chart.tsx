"use client";
// Calls per bucket, stacked by outcome (most frequent at the bottom). A click on a segment opens
// that bucket's calls with that outcome.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartLegend, ChartTooltipBox, seriesColor, type ChartConfig } from "@/components/ui/chart";
import { formatCount } from "@/lib/analytics/format";
import type { OutcomesOverTime } from "@/lib/analytics/series";
import { useOpenCalls } from "./use-open-calls";

export function OutcomesOverTimeChart({ series, config }: { series: OutcomesOverTime; config: ChartConfig }) {
  const open = useOpenCalls();
  const data = series.points.map((point) => ({ label: point.label, ...point.counts }));
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? series.points[Number(activeIndex)] : undefined;
    if (!point) return null;
    const rows = series.keys
      .filter((key) => (point.counts[key] ?? 0) > 0)
      .map((key) => ({ key, label: config[key]?.label ?? key, value: formatCount(point.counts[key] ?? 0) }));
    return <ChartTooltipBox title={point.label} rows={rows} footer={point.total ? `${formatCount(point.total)} calls` : "no calls"} />;
  };
  return (
    <ChartContainer config={config} label="Calls by outcome over time, as stacked bars; the table below lists every bar" legend={<ChartLegend config={config} keys={series.keys} />}>
      <BarChart data={data} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={44} allowDecimals={false} />
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {series.keys.map((key) => (
          <Bar key={key} dataKey={key} name={config[key]?.label ?? key} stackId="outcomes" fill={seriesColor(key)} isAnimationActive={false}
            className="cursor-pointer" onClick={(_, index) => open(series.points[index]?.hrefs[key])} />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
