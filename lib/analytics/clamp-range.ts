import "server-only";
// A custom date range reaches no further than the calls do: from the day of the oldest call to the
// day of the newest (or today, if later). `from=0001-01-01&to=9999-12-31` then costs what "All
// time" costs, instead of ten thousand years of empty buckets and a previous period to match.
import { getDb } from "@/lib/db";
import { dayOf, type DateRange, type Day } from "@/lib/calls/date-range";
import type { ParsedFilters } from "@/lib/calls/filters";

export type CallExtent = { first: Date | null; last: Date | null };

/** The oldest and newest call: two reads of the end of the time index. */
export async function getCallExtent(): Promise<CallExtent> {
  const [row] = await getDb().$queryRaw<CallExtent[]>`SELECT min(ended_at) AS first, max(ended_at) AS last FROM calls`;
  return row ?? { first: null, last: null };
}

/** `range` cut to the days that can hold calls; unchanged for presets (they are bounded already). */
export function clampRange(range: DateRange, extent: CallExtent, now: Date, timeZone: string): DateRange {
  if (range.preset !== "custom") return range;
  const today = dayOf(now, timeZone);
  const lower: Day = extent.first ? dayOf(extent.first, timeZone) : today;
  const newest = extent.last ? dayOf(extent.last, timeZone) : today;
  const upper: Day = newest > today ? newest : today;
  // Wholly outside the calls: one empty day keeps the answer (no calls) and costs nothing.
  if (range.from && range.from > upper) return { preset: "custom", from: range.from, to: range.from };
  if (range.to && range.to < lower) return { preset: "custom", from: range.to, to: range.to };
  const from = range.from && range.from < lower ? lower : range.from;
  const to = range.to && range.to > upper ? upper : range.to;
  return { preset: "custom", ...(from && { from }), ...(to && { to }) };
}

/** The parsed filters with their date range cut to the calls, and a notice when it was cut. */
export async function clampToCalls(parsed: ParsedFilters, context: { now: Date; timeZone: string }): Promise<ParsedFilters> {
  const { range } = parsed.filters;
  if (range.preset !== "custom") return parsed;
  const clamped = clampRange(range, await getCallExtent(), context.now, context.timeZone);
  if (clamped.from === range.from && clamped.to === range.to) return parsed;
  const shown = `${clamped.from ?? "the first call"} to ${clamped.to ?? "today"}`;
  return {
    filters: { ...parsed.filters, range: clamped },
    notices: [...parsed.notices, `Showing ${shown}: the date range reached beyond the calls there are.`],
  };
}
