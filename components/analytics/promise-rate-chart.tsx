"use client";
// The payment-promise rate per day, week or month. A bucket without delivered calls has no rate:
// the line breaks there (connectNulls off) instead of dropping to zero.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartTooltipBox, type ChartConfig } from "@/components/ui/chart";
import { formatCount, formatPercent } from "@/lib/analytics/format";
import type { PromiseRatePoint } from "@/lib/analytics/series";
import { useOpenCalls } from "./use-open-calls";
import { colourOf } from "@/lib/calls/palette";

const config: ChartConfig = { rate: { label: "Payment-promise rate", color: colourOf("payment_promise") } };

export function PromiseRateChart({ points }: { points: PromiseRatePoint[] }) {
  const open = useOpenCalls();
  const data = points.map((point) => ({ ...point, percent: point.rate === null ? null : point.rate * 100 }));
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? points[Number(activeIndex)] : undefined;
    if (!point) return null;
    return (
      <ChartTooltipBox
        title={point.label}
        rows={[{ key: "rate", label: "Promise rate", value: formatPercent(point.rate, "no delivered calls") }]}
        footer={`${formatCount(point.promises)} promises of ${formatCount(point.delivered)} delivered calls (${formatCount(point.calls)} calls)`}
      />
    );
  };
  // Each point is clickable through a wider transparent target; the highlighted (active) dot lets
  // clicks through, so a press and its release land on the same element.
  const dot = ({ cx, cy, index }: DotItemDotProps) =>
    cx == null || cy == null || points[index]?.rate == null ? (
      <g key={index} />
    ) : (
      <g key={index} data-point={points[index]?.bucket} className="cursor-pointer" onClick={() => open(points[index]?.href)}>
        <circle cx={cx} cy={cy} r={10} fill="transparent" />
        <circle cx={cx} cy={cy} r={3} fill="var(--color-rate)" />
      </g>
    );
  return (
    <ChartContainer config={config} label="Payment-promise rate over time, as a line; the table below lists every point">
      <LineChart data={data} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={44} domain={[0, "auto"]} tickFormatter={(value: number) => `${value}%`} />
        <Tooltip content={tooltip} />
        <Line dataKey="percent" name="Payment-promise rate" stroke="var(--color-rate)" strokeWidth={2} connectNulls={false} dot={dot} activeDot={{ r: 6, className: "pointer-events-none" }} isAnimationActive={false} />
      </LineChart>
    </ChartContainer>
  );
}
