"use client";
// The promise rate's trend beside the headline figure: the same points as the chart below, without
// axes. Partial periods are dashed, as there. The chart below (and its table) has the numbers.
import { Line, LineChart, ResponsiveContainer, YAxis } from "recharts";
import type { LinePoint } from "@/lib/analytics/line-points";

const STROKE = "var(--outcome-payment-promise)";

export function PromiseSparkline({ points }: { points: LinePoint[] }) {
  if (!points.some((p) => p.rate !== null)) return null;
  const line = { stroke: STROKE, strokeWidth: 2, dot: false, connectNulls: false, isAnimationActive: false } as const;
  return (
    <div aria-hidden data-sparkline className="h-16 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <YAxis hide domain={[0, "dataMax"]} />
          <Line dataKey="whole" {...line} />
          <Line dataKey="partialStart" {...line} strokeDasharray="4 3" strokeOpacity={0.7} />
          <Line dataKey="partialEnd" {...line} strokeDasharray="4 3" strokeOpacity={0.7} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
