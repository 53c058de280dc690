// Calendar-day arithmetic on `YYYY-MM-DD` strings. A day here is a date in the dashboard's time
// zone already (PostgreSQL bucketed the calls there), so plain UTC arithmetic on it is exact.
import type { Day } from "@/lib/calls/date-range";
import { dateTimeFormat } from "@/lib/format/intl-formats";

const MS_PER_DAY = 86_400_000;

const toUtc = (day: Day) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: Day, days: number): Day {
  return fromUtc(toUtc(day) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 0 = Monday ... 6 = Sunday (ISO), as PostgreSQL's date_trunc('week') counts. */
export function isoWeekday(day: Day): number {
  return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

/** `Nov 3`, `Nov 3, 2026` or `Nov 2026`, for axis ticks and tooltips. */
export function formatDay(day: Day, parts: "day" | "dayYear" | "month"): string {
  const options: Intl.DateTimeFormatOptions =
    parts === "month" ? { month: "short", year: "numeric" } : { month: "short", day: "numeric", ...(parts === "dayYear" && { year: "numeric" }) };
  return dateTimeFormat("en-US", { ...options, timeZone: "UTC" }).format(new Date(toUtc(day)));
}
