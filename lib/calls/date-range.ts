// Date ranges are chosen as calendar days in the dashboard's time zone and resolved to instants:
// [from, to), so "last 7 days" in Europe/Berlin starts at Berlin's midnight six days ago and a
// daylight-saving change neither loses nor doubles an hour.
import { TZDate } from "@date-fns/tz";

export const RANGE_PRESETS = ["today", "7d", "30d", "90d", "all", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_LABELS: Record<RangePreset, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  all: "All time",
  custom: "Custom range",
};

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

export type DateRange = { preset: RangePreset; from?: Day; to?: Day };

export type ResolvedRange = { from: Date | null; to: Date | null };

const PRESET_DAYS: Partial<Record<RangePreset, number>> = { today: 1, "7d": 7, "30d": 30, "90d": 90 };

function startOfDay(day: Day, timeZone: string, addDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + addDays, timeZone).getTime());
}

/** The calendar day of `instant` in `timeZone`. */
export function dayOf(instant: Date, timeZone: string): Day {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The instants a range covers, half-open. Presets end at the end of today. */
export function resolveDateRange(range: DateRange, now: Date, timeZone: string): ResolvedRange {
  const days = PRESET_DAYS[range.preset];
  if (days !== undefined) {
    const today = dayOf(now, timeZone);
    return { from: startOfDay(today, timeZone, 1 - days), to: startOfDay(today, timeZone, 1) };
  }
  if (range.preset === "custom") {
    return {
      from: range.from ? startOfDay(range.from, timeZone) : null,
      to: range.to ? startOfDay(range.to, timeZone, 1) : null,
    };
  }
  return { from: null, to: null };
}
