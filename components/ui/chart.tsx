"use client";
// Charts in the shadcn/ui manner: a ChartContainer sets one CSS variable per series
// (`--color-<key>`) from a chartConfig of theme variables, and the series use `var(--color-<key>)`,
// so no colour is ever written in JSX.
import type { CSSProperties, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import type { ChartConfig } from "@/lib/analytics/chart-config";

export type { ChartConfig };

/** A CSS custom property name for any series key (outcome keys are free text). */
export function colorVar(key: string): string {
  return `--color-${key.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
}

export function seriesColor(key: string): string {
  return `var(${colorVar(key)})`;
}

export function ChartContainer({
  config,
  label,
  height = 260,
  children,
  legend,
}: {
  config: ChartConfig;
  /** What the chart shows, for screen readers (the chart's table, "Show as a table", has the numbers). */
  label: string;
  height?: number;
  children: ReactNode;
  /** Rendered under the chart, inside the colour variables' scope. */
  legend?: ReactNode;
}) {
  const style = Object.fromEntries(Object.entries(config).map(([key, { color }]) => [colorVar(key), color])) as CSSProperties;
  return (
    <div style={style}>
      <div role="figure" aria-label={label} style={{ height }} className="w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-muted [&_.recharts-cartesian-grid_line]:stroke-border">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      {legend}
    </div>
  );
}

/** The tooltip box every chart uses: a title and labelled rows, each with its series colour. */
export function ChartTooltipBox({ title, rows, footer }: { title: string; rows: { key: string; label: string; value: string }[]; footer?: string }) {
  return (
    <div className="min-w-44 rounded-md border border-border bg-surface px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-medium text-foreground">{title}</p>
      <ul className="space-y-0.5">
        {rows.map((row) => (
          <li key={row.key} className="flex items-center gap-2">
            <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ background: seriesColor(row.key) }} />
            <span className="text-muted">{row.label}</span>
            <span className="ml-auto pl-3 font-medium tabular-nums text-foreground">{row.value}</span>
          </li>
        ))}
      </ul>
      {footer && <p className="mt-1 text-muted">{footer}</p>}
    </div>
  );
}

/** A chart's legend as plain HTML: readable at any size, and it wraps. */
export function ChartLegend({ config, keys }: { config: ChartConfig; keys: string[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {keys.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm" style={{ background: seriesColor(key) }} />
          {config[key]?.label ?? key}
        </li>
      ))}
    </ul>
  );
}
