"use client";
// One bar per item (an outcome, a sentiment, a project, a duration bin), each in its own colour or
// all in one. A click on a bar opens the calls behind it.
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartTooltipBox, seriesColor, type ChartConfig } from "@/components/ui/chart";
import { useOpenCalls } from "./use-open-calls";

export type BarItem = { key: string; label: string; value: number | null; display: string; detail: string; href: string | null };

type Props = {
  items: BarItem[];
  /** Colours by item key; items missing from it use the `value` entry. */
  config: ChartConfig;
  label: string;
  layout: "bars-across" | "columns";
  percent?: boolean;
};

export function BarListChart({ items, config, label, layout, percent = false }: Props) {
  const open = useOpenCalls();
  const colorOf = (key: string | undefined) => seriesColor(key && config[key] ? key : "value");
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const item = active ? items[Number(activeIndex)] : undefined;
    if (!item) return null;
    return <ChartTooltipBox title={item.label} rows={[{ key: config[item.key] ? item.key : "value", label: config.value?.label ?? "Calls", value: item.display }]} footer={item.detail} />;
  };
  const shape = (props: BarShapeProps) => <Rectangle {...props} fill={colorOf(items[props.index]?.key)} className="cursor-pointer" />;
  const across = layout === "bars-across";
  const valueAxis = { tickLine: false, axisLine: false, allowDecimals: false, ...(percent && { tickFormatter: (v: number) => `${v}%` }) };
  const height = across ? Math.max(160, items.length * 32 + 40) : 260;
  return (
    <ChartContainer config={config} label={label} height={height}>
      <BarChart data={items} layout={across ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <CartesianGrid horizontal={!across} vertical={across} />
        {across ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={150} interval={0} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" tickLine={false} axisLine={false} interval={0} />
            <YAxis type="number" width={44} {...valueAxis} />
          </>
        )}
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        <Bar dataKey="value" name={config.value?.label ?? "Calls"} shape={shape} isAnimationActive={false} onClick={(_, index) => open(items[index]?.href)} />
      </BarChart>
    </ChartContainer>
  );
}
