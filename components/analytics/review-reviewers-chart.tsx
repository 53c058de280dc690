"use client";
// Reviews per reviewer per day or week, stacked (the busiest reviewer at the bottom); the table
// under the card ("Show as a table") lists every bar.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartLegend, ChartTooltipBox, seriesColor, type ChartConfig } from "@/components/ui/chart";
import { formatCount } from "@/lib/analytics/format";
import type { ReviewerPoint } from "@/lib/reviews/stats-view";

export function ReviewersChart({ points, keys, config }: { points: ReviewerPoint[]; keys: string[]; config: ChartConfig }) {
  const data = points.map((point) => ({ tick: point.tick, ...point.counts }));
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? points[Number(activeIndex)] : undefined;
    if (!point) return null;
    const rows = keys.filter((key) => (point.counts[key] ?? 0) > 0).map((key) => ({ key, label: config[key]?.label ?? key, value: formatCount(point.counts[key] ?? 0) }));
    return <ChartTooltipBox title={point.label} rows={rows} footer={`${formatCount(point.total)} ${point.total === 1 ? "review" : "reviews"}`} />;
  };
  return (
    <ChartContainer config={config} height={220} label="Reviews per reviewer over time, as stacked bars; the table below lists every bar"
      legend={<ChartLegend config={config} keys={keys} />}>
      <BarChart data={data} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={44} allowDecimals={false} />
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {keys.map((key) => (
          <Bar key={key} dataKey={key} name={config[key]?.label ?? key} stackId="reviewers" fill={seriesColor(key)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
