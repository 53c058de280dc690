// A headline figure as the page shows it: its value, the previous period's value and the change
// between them as text, in words for screen readers, and coloured by whether it is good news.
import { changeTone, movementOf, type ChangeTone } from "./direction";
import type { Figure } from "./figures";
import { describeChange, formatChange, formatCount, formatPercent, formatSeconds } from "./format";

export type ChangeView = {
  /** "+3.2 pts" */
  text: string;
  /** "up 3.2 points from 41.0%" */
  spoken: string;
  movement: "up" | "down" | "flat";
  tone: ChangeTone;
};

export type FigureView = {
  key: Figure["key"];
  label: string;
  value: string;
  /** The previous period's value, or why it has none ("no calls"); null when there is no previous period. */
  previous: string | null;
  change: ChangeView | null;
  detail: string;
  definition: string;
  href: string | null;
};

function formatValue(format: Figure["format"], value: number | null, empty: string): string {
  if (format === "count") return value === null ? empty : formatCount(value);
  if (format === "seconds") return formatSeconds(value, empty);
  return formatPercent(value, empty);
}

export function presentFigure(figure: Figure): FigureView {
  const previous = figure.previous === null ? figure.previousReason : formatValue(figure.format, figure.previous, "");
  const text = formatChange(figure.change);
  const spoken = describeChange(figure.change, previous);
  const movement = movementOf(figure.change);
  return {
    key: figure.key,
    label: figure.label,
    value: formatValue(figure.format, figure.value, figure.detail),
    previous,
    change: text && spoken && movement ? { text, spoken, movement, tone: changeTone(figure.key, figure.change) } : null,
    detail: figure.detail,
    definition: figure.definition,
    href: figure.href,
  };
}
