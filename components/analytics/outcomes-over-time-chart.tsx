"use client";
// Calls per bucket, stacked by outcome (most frequent at the bottom), each stack's total above it.
// Partial periods are lighter and hatched. A click on a segment opens that bucket's calls with
// that outcome.
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartLegend, ChartTooltipBox, seriesColor, type ChartConfig } from "@/components/ui/chart";
import { formatCount } from "@/lib/analytics/format";
import type { OutcomesOverTime } from "@/lib/analytics/series";
import { outcomesTooltip } from "@/lib/analytics/tooltips";
import { useOpenCalls } from "./use-open-calls";

/** Digits this wide fit above a bar; narrower bars (a day per bar over 90 days) leave it to the tooltip. */
const labelFits = (width: number, text: string) => width >= text.length * 6;

export function OutcomesOverTimeChart({ series, config, legend }: { series: OutcomesOverTime; config: ChartConfig; legend: string | null }) {
  const open = useOpenCalls();
  const hatch = `hatch-${useId().replace(/:/g, "")}`;
  const data = series.points.map((point) => ({ tick: point.tick, ...point.counts }));
  // The segment on top of each stack carries the stack's total.
  const topKey = series.points.map((p) => [...series.keys].reverse().find((k) => (p.counts[k] ?? 0) > 0));
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? series.points[Number(activeIndex)] : undefined;
    if (!point) return null;
    const rows = series.keys
      .filter((key) => (point.counts[key] ?? 0) > 0)
      .map((key) => ({ key, label: config[key]?.label ?? key, value: formatCount(point.counts[key] ?? 0) }));
    return <ChartTooltipBox title={point.label} rows={rows} footer={outcomesTooltip(point).footer.join(". ")} />;
  };
  const shape = (key: string) => function StackSegment(props: BarShapeProps) {
    const point = series.points[props.index];
    const { x = 0, y = 0, width = 0, height = 0 } = props;
    const total = point && topKey[props.index] === key ? formatCount(point.total) : null;
    return (
      <g>
        <Rectangle {...props} fill={seriesColor(key)} fillOpacity={point?.partial ? 0.45 : 1} className="cursor-pointer" />
        {point?.partial && height > 0 && <rect x={x} y={y} width={width} height={height} fill={`url(#${hatch})`} pointerEvents="none" />}
        {total && labelFits(width, total) && (
          <text x={x + width / 2} y={y - 4} textAnchor="middle" className="fill-muted text-[10px] tabular-nums" data-total>
            {total}
          </text>
        )}
      </g>
    );
  };
  return (
    <ChartContainer
      config={config}
      label="Calls by outcome over time, as stacked bars; the table below lists every bar"
      legend={
        <>
          <ChartLegend config={config} keys={series.keys} />
          {legend && <p className="mt-1 text-xs text-muted">{legend}</p>}
        </>
      }
    >
      <BarChart data={data} margin={{ top: 18, right: 12, left: 0, bottom: 0 }}>
        <defs>
          <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="2.5" height="6" fill="var(--surface)" fillOpacity="0.7" />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={44} allowDecimals={false} />
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {series.keys.map((key) => (
          <Bar key={key} dataKey={key} name={config[key]?.label ?? key} stackId="outcomes" shape={shape(key)} isAnimationActive={false}
            onClick={(_, index) => open(series.points[index]?.hrefs[key])} />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
