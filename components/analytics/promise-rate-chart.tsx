"use client";
// The payment-promise rate per day, week or month. A bucket without delivered calls has no rate:
// the line breaks there (connectNulls off) instead of dropping to zero. A partial first or last
// period is joined by a dashed segment and drawn as a hollow point.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartTooltipBox, type ChartConfig } from "@/components/ui/chart";
import type { LinePoint } from "@/lib/analytics/line-points";
import { promiseRateTooltip } from "@/lib/analytics/tooltips";
import { colourOf } from "@/lib/calls/palette";
import { useOpenCalls } from "./use-open-calls";

const config: ChartConfig = { rate: { label: "Payment-promise rate", color: colourOf("payment_promise") } };

export function PromiseRateChart({ points, legend }: { points: LinePoint[]; legend: string | null }) {
  const open = useOpenCalls();
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? points[Number(activeIndex)] : undefined;
    if (!point) return null;
    const text = promiseRateTooltip(point);
    return <ChartTooltipBox title={text.title} rows={[{ key: "rate", label: "Promise rate", value: text.value }]} footer={text.footer.join(". ")} />;
  };
  // Each point is clickable through a wider transparent target; the highlighted (active) dot lets
  // clicks through, so a press and its release land on the same element.
  const dot = ({ cx, cy, index }: DotItemDotProps) => {
    const point = points[index];
    if (cx == null || cy == null || point?.rate == null) return <g key={index} />;
    return (
      <g key={index} data-point={point.bucket} data-partial={point.partial || undefined} className="cursor-pointer" onClick={() => open(point.href)}>
        <circle cx={cx} cy={cy} r={10} fill="transparent" />
        <circle cx={cx} cy={cy} r={point.partial ? 3.5 : 3} fill={point.partial ? "var(--surface)" : "var(--color-rate)"} stroke="var(--color-rate)" strokeWidth={point.partial ? 1.5 : 0} />
      </g>
    );
  };
  const line = { stroke: "var(--color-rate)", strokeWidth: 2, connectNulls: false, dot: false, activeDot: false, isAnimationActive: false } as const;
  return (
    <ChartContainer
      config={config}
      label="Payment-promise rate over time, as a line; the table below lists every point"
      legend={legend && <p className="mt-2 text-xs text-muted">{legend}</p>}
    >
      <LineChart data={points} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        {/* The padding keeps the first label clear of the value axis ("0%" beside "Sep 2026"). */}
        <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={24} padding={{ left: 36, right: 20 }} />
        <YAxis tickLine={false} axisLine={false} width={44} domain={[0, "auto"]} tickFormatter={(value: number) => `${value}%`} />
        <Tooltip content={tooltip} />
        <Line dataKey="whole" name="Payment-promise rate" {...line} />
        <Line dataKey="partialStart" legendType="none" {...line} strokeDasharray="5 4" />
        <Line dataKey="partialEnd" legendType="none" {...line} strokeDasharray="5 4" />
        {/* The points of every period, whole or partial, on an invisible line of their own. */}
        <Line dataKey={(p: LinePoint) => (p.rate === null ? null : p.rate * 100)} stroke="none" dot={dot} activeDot={{ r: 6, className: "pointer-events-none" }} isAnimationActive={false} />
      </LineChart>
    </ChartContainer>
  );
}
