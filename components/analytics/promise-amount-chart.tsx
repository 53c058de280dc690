"use client";
// The amount promised per bucket in one currency, as columns; the card's table has every currency.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartContainer, ChartTooltipBox, type ChartConfig } from "@/components/ui/chart";
import type { AmountPoint } from "@/lib/contacts/promise-stats-view";

export function PromiseAmountChart({ points, currency }: { points: AmountPoint[]; currency: string }) {
  const config: ChartConfig = { value: { label: `Promised (${currency})`, color: "var(--chart-1)" } };
  const tooltip = ({ active, activeIndex }: TooltipContentProps) => {
    const point = active ? points[Number(activeIndex)] : undefined;
    if (!point) return null;
    return <ChartTooltipBox title={point.label} rows={[{ key: "value", label: config.value!.label, value: point.text }]} />;
  };
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
  return (
    <ChartContainer config={config} height={200} label={`Amount promised in ${currency} per period, as columns; the table below lists every period`}>
      <BarChart data={points} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={44} tickFormatter={(value: number) => compact.format(value)} />
        <Tooltip content={tooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        <Bar dataKey="value" name={config.value!.label} fill="var(--color-value)" isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}
