// Calendar days as the list's times show them ("01 Dec 2026", formatCallTime's day): one date
// format on every field, chip and cell, never the browser's mm/dd/yyyy. Pure and safe in the browser.
import { RANGE_LABELS, type DateRange, type Day } from "./date-range";

const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "2-digit", month: "short", year: "numeric" });

/** `2026-12-01` -> `01 Dec 2026`; a value that is not a day is shown as it is. */
export function formatDay(day: Day): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? DAY.format(date) : day;
}

/** "Last 7 days", "01 Dec 2026 – 07 Dec 2026", "From 01 Dec 2026", "Until 07 Dec 2026", "01 Dec 2026". */
export function formatDateRange(range: DateRange): string {
  if (range.preset !== "custom") return RANGE_LABELS[range.preset];
  const { from, to } = range;
  if (from && to) return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `From ${formatDay(from)}`;
  if (to) return `Until ${formatDay(to)}`;
  return RANGE_LABELS.all;
}

/**
 * The same range in fewer characters, for a narrow control (the chip and the popover say it in
 * full): "20–30 Nov 2026", "28 Nov – 03 Dec 2026"; other ranges as formatDateRange.
 */
export function formatDateRangeShort(range: DateRange): string {
  const { from, to } = range;
  if (range.preset !== "custom" || !from || !to || from === to) return formatDateRange(range);
  const [a, b] = [formatDay(from).split(" "), formatDay(to).split(" ")];
  if (a.length !== 3 || b.length !== 3 || a[2] !== b[2]) return formatDateRange(range);
  return a[1] === b[1] ? `${a[0]}–${b.join(" ")}` : `${a[0]} ${a[1]} – ${b.join(" ")}`;
}
