// The calendar days a date range covers, and the period of the same length just before it.
import { dayOf, resolveDateRange, type DateRange, type Day } from "@/lib/calls/date-range";
import { addDays, daysBetween } from "./days";

/** Inclusive calendar days in the dashboard's time zone. */
export type DaySpan = { from: Day; to: Day };

/** The days `range` covers, or null when it has no start (all time). An open end means today. */
export function daySpanOf(range: DateRange, now: Date, timeZone: string): DaySpan | null {
  const { from, to } = resolveDateRange(range, now, timeZone);
  if (!from) return null;
  // `to` is exclusive: the day before it is the last one covered.
  return { from: dayOf(from, timeZone), to: to ? dayOf(new Date(to.getTime() - 1), timeZone) : dayOf(now, timeZone) };
}

/**
 * The same number of calendar days just before `range`, as a custom range. Counted in days rather
 * than milliseconds so that a daylight-saving change in between does not shift it by an hour.
 */
export function previousRange(range: DateRange, now: Date, timeZone: string): DateRange | null {
  const span = daySpanOf(range, now, timeZone);
  if (!span) return null;
  const length = daysBetween(span.from, span.to) + 1;
  return { preset: "custom", from: addDays(span.from, -length), to: addDays(span.from, -1) };
}
