// Series colours as theme variables (app/globals.css, --chart-1 .. --chart-8): documented outcomes
// and sentiments keep one colour everywhere; undocumented ones take the remaining shades in turn.
import { labelForKey } from "@/lib/calls/outcome";
import type { ChartConfig } from "@/components/ui/chart";
import { NO_OUTCOME } from "./series";

const FIXED: Record<string, string> = {
  payment_promise: "var(--chart-1)",
  payment_completed: "var(--chart-6)",
  payment_extension: "var(--chart-2)",
  call_back_requested: "var(--chart-3)",
  not_interested: "var(--chart-5)",
  wrong_number: "var(--chart-4)",
  positive: "var(--chart-1)",
  neutral: "var(--chart-7)",
  negative: "var(--chart-4)",
  [NO_OUTCOME]: "var(--border)",
};

const SPARE = [
  "var(--chart-8)",
  "var(--chart-7)",
  "color-mix(in oklch, var(--chart-2) 55%, var(--surface))",
  "color-mix(in oklch, var(--chart-5) 55%, var(--surface))",
  "color-mix(in oklch, var(--chart-3) 55%, var(--surface))",
  "color-mix(in oklch, var(--chart-8) 55%, var(--foreground))",
  "color-mix(in oklch, var(--chart-6) 55%, var(--foreground))",
];

/** A config for outcome or sentiment keys, in the order given. */
export function keyedChartConfig(keys: string[]): ChartConfig {
  let spare = 0;
  return Object.fromEntries(
    keys.map((key) => [key, { label: key === NO_OUTCOME ? "None" : labelForKey(key), color: FIXED[key] ?? SPARE[spare++ % SPARE.length]! }]),
  );
}
