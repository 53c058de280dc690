// Time buckets for the charts over time: a day, an ISO week (Monday first) or a calendar month,
// chosen in the URL (`group=week`) or from the length of the date range.
import { paramValues, type SearchParamsInput } from "@/lib/calls/filters";
import type { Day } from "@/lib/calls/date-range";
import { addDays, daysBetween, formatDay, isoWeekday } from "./days";
import type { DaySpan } from "./period";

export const GRAINS = ["day", "week", "month"] as const;
export type Grain = (typeof GRAINS)[number];
export const GROUP_PARAM = "group";

const MAX_BUCKETS = 5_000;

function isGrain(value: string): value is Grain {
  return (GRAINS as readonly string[]).includes(value);
}

/** The grouping from the URL, or the one that suits the range: days up to 6 weeks, weeks up to ~6 months. */
export function parseGrain(params: SearchParamsInput, span: DaySpan | null): { grain: Grain; notice?: string } {
  const raw = paramValues(params, GROUP_PARAM)[0];
  if (raw && isGrain(raw)) return { grain: raw };
  const days = span ? daysBetween(span.from, span.to) + 1 : Infinity;
  const grain: Grain = days <= 42 ? "day" : days <= 190 ? "week" : "month";
  return raw ? { grain, notice: `Ignored grouping "${raw}": expected day, week or month.` } : { grain };
}

/** The first day of the bucket holding `day`. */
export function bucketStart(day: Day, grain: Grain): Day {
  if (grain === "week") return addDays(day, -isoWeekday(day));
  if (grain === "month") return `${day.slice(0, 7)}-01`;
  return day;
}

/** The first day of the next bucket. */
export function nextBucket(start: Day, grain: Grain): Day {
  if (grain === "day") return addDays(start, 1);
  if (grain === "week") return addDays(start, 7);
  const [year, month] = start.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** Every bucket from the one holding `from` to the one holding `to`, in order, empty ones included. */
export function bucketStarts(grain: Grain, from: Day, to: Day): Day[] {
  const starts: Day[] = [];
  for (let start = bucketStart(from, grain); start <= to && starts.length < MAX_BUCKETS; start = nextBucket(start, grain)) {
    starts.push(start);
  }
  return starts;
}

/** The days a bucket covers, cut to `span` (a week at the edge of the range covers only its part). */
export function bucketSpan(start: Day, grain: Grain, span: DaySpan | null): DaySpan {
  const last = addDays(nextBucket(start, grain), -1);
  if (!span) return { from: start, to: last };
  return { from: start < span.from ? span.from : start, to: last > span.to ? span.to : last };
}

/** The axis tick: "Sep 7" for a day or a week (its Monday), "Sep 2026" for a month. */
export function formatBucketTick(start: Day, grain: Grain): string {
  return formatDay(start, grain === "month" ? "month" : "day");
}

export function formatBucket(start: Day, grain: Grain): string {
  if (grain === "month") return formatDay(start, "month");
  return grain === "week" ? `Week of ${formatDay(start, "day")}` : formatDay(start, "day");
}
