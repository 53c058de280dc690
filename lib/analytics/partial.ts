// Partial periods: a week or month at either end of the range that the range cuts, or the current
// one, which is not over yet. Their counts are not comparable with a whole period's, so the charts
// draw them lighter (bars) or dashed (lines) and the tooltip says why.
import type { Day } from "@/lib/calls/date-range";
import { addDays, formatDay } from "./days";
import { nextBucket, type Grain } from "./grain";
import type { DaySpan } from "./period";

export type Coverage = { partial: false } | { partial: true; note: string };

const GRAIN_WORD: Record<Grain, string> = { day: "day", week: "week", month: "month" };

const range = (from: Day, to: Day) => (from === to ? formatDay(from, "day") : `${formatDay(from, "day")} – ${formatDay(to, "day")}`);

/**
 * Whether the bucket starting at `start` is whole. `span` is the page's range (null: all time) and
 * `today` the current local day: days after it have not happened yet.
 */
export function bucketCoverage(start: Day, grain: Grain, span: DaySpan | null, today: Day): Coverage {
  const last = addDays(nextBucket(start, grain), -1);
  const startCut = span !== null && span.from > start;
  const endCut = span !== null && span.to < last;
  const unfinished = today <= last;
  if (!startCut && !endCut && !unfinished) return { partial: false };
  const from = startCut ? span.from : start;
  const to = [last, span?.to ?? last, today].reduce((a, b) => (b < a ? b : a));
  const word = GRAIN_WORD[grain];
  if (to < from) return { partial: true, note: `Partial ${word}: not started yet` };
  if (unfinished && to === today) return { partial: true, note: grain === "day" ? "Partial day: today so far" : `Partial ${word}: ${range(from, to)} so far` };
  const why = startCut && endCut ? "the range covers only these days" : startCut ? `the range starts on ${formatDay(from, "day")}` : `the range ends on ${formatDay(to, "day")}`;
  return { partial: true, note: `Partial ${word}: ${range(from, to)} only (${why})` };
}
