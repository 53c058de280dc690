// Links from a figure, a bar or a cell to the calls list showing exactly the calls behind it:
// the page's filters, narrowed by what the clicked item stands for.
import { serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import type { DaySpan } from "./period";

export type FilterPatch = Partial<
  Pick<CallFilters, "outcomes" | "sentiments" | "projects" | "deliveryStatuses" | "minDuration" | "maxDuration">
> & { days?: DaySpan };

export type HrefFor = (patch: FilterPatch) => string;

/**
 * The calls-list URL for `filters` narrowed by `patch`. Only used for items with calls behind them,
 * so a replaced list (outcome=a,b narrowed to a) always stays inside the page's own filters.
 */
export function callsHref(filters: CallFilters, patch: FilterPatch = {}): string {
  const { days, minDuration, maxDuration, ...lists } = patch;
  const narrowed: CallFilters = { ...filters, ...lists, ...(days && { range: { preset: "custom", ...days } }) };
  // Durations narrow the page's own duration filter rather than replace it.
  if (minDuration !== undefined) narrowed.minDuration = Math.max(minDuration, filters.minDuration ?? 0);
  if (maxDuration !== undefined) narrowed.maxDuration = Math.min(maxDuration, filters.maxDuration ?? maxDuration);
  return `/calls?${serializeCallFilters(narrowed).toString()}`;
}

export function hrefBuilder(filters: CallFilters): HrefFor {
  return (patch) => callsHref(filters, patch);
}

export const DELIVERED_STATUS = "pass";
