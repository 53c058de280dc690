"use client";
// Calls per duration bin as columns, the count on each; the bin labels break after their dash so
// they stay apart on a phone. A click on a column opens its calls.
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartTooltipBox, type ChartConfig } from "@/components/ui/chart";
import type { DurationColumn } from "@/lib/analytics/bar-rows";
import { useOpenCalls } from "./use-open-calls";

const config: ChartConfig = { value: { label: "Calls", color: "var(--chart-2)" } };

type TickProps = { x?: number | string; y?: number | string; index?: number };

export function DurationChart({ columns }: { columns: DurationColumn[] }) {
  const open = useOpenCalls();
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const column = active ? columns[Number(activeIndex)] : undefined;
    if (!column) return null;
    return <ChartTooltipBox title={column.label} rows={[{ key: "value", label: "Calls", value: column.valueText }]} footer={column.detail} />;
  };
  const tick = ({ x = 0, y = 0, index = 0 }: TickProps) => (
    <text x={Number(x)} y={Number(y) + 10} textAnchor="middle" className="fill-muted" data-tick>
      {(columns[index]?.tick ?? []).map((line, i) => <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 13}>{line}</tspan>)}
    </text>
  );
  const shape = (props: BarShapeProps) => <Rectangle {...props} fill="var(--color-value)" className="cursor-pointer" />;
  return (
    <ChartContainer config={config} label="Calls per duration bin, as columns; the table below lists every bin" height={260}>
      <BarChart data={columns} margin={{ top: 18, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} axisLine={false} interval={0} height={40} tick={tick} />
        <YAxis tickLine={false} axisLine={false} width={36} allowDecimals={false} />
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        <Bar dataKey="calls" name="Calls" shape={shape} isAnimationActive={false} onClick={(_, index) => open(columns[index]?.href)}>
          <LabelList dataKey="valueText" position="top" className="fill-muted tabular-nums" fontSize={11} />
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
