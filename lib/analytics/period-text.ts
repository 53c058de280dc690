// The page's period in words: the days it covers, the days it compares with, and the time zone
// its days are counted in ("Times in Europe/Berlin"; never the name of a setting).
import type { DateRange } from "@/lib/calls/date-range";
import { formatDay } from "./days";
import type { DaySpan } from "./period";

export const formatDays = (from: string, to: string) => (from === to ? formatDay(from, "dayYear") : `${formatDay(from, "dayYear")} – ${formatDay(to, "dayYear")}`);

export function describePeriod(span: DaySpan | null, previous: DateRange | null, timeZone: string) {
  const previousDays = previous?.from && previous.to ? formatDays(previous.from, previous.to) : null;
  return {
    period: span ? formatDays(span.from, span.to) : "All time",
    previous: previousDays,
    comparison: previousDays ? `, compared with ${previousDays}` : ", no previous period to compare with",
    // "America/Los_Angeles" reads as "America/Los Angeles".
    timeZone: timeZone.replace(/_/g, " "),
  };
}
