// Series colours for outcome and sentiment keys: the one palette of the product (lib/calls/palette.ts),
// so a chart's colour for an outcome is the colour of its badge in the list.
import { labelForKey } from "@/lib/calls/outcome";
import { colourOf } from "@/lib/calls/palette";
import { NO_OUTCOME } from "./series";

/** A chart's series: the label and the colour (a theme variable, never a hex value) of each key. */
export type ChartConfig = Record<string, { label: string; color: string }>;

/** A config for outcome or sentiment keys, in the order given. */
export function keyedChartConfig(keys: string[]): ChartConfig {
  return Object.fromEntries(
    keys.map((key) => [key, key === NO_OUTCOME ? { label: "None", color: "var(--border)" } : { label: labelForKey(key), color: colourOf(key) }]),
  );
}
