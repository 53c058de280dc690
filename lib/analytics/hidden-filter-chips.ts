// The filters of an /analytics view that its form does not show: a search, a phone fragment,
// durations, statuses, metadata and the review filters arrive in a shared or bookmarked link (the
// page takes every list filter), and change every figure. Each is a removable chip, as on the list, so
// nobody reads filtered figures as the whole; clearing them keeps the form's own filters (period,
// projects, outcomes, sentiments) and the grouping. Pure and safe in the browser.
import { filterChips, type FilterChip } from "@/lib/calls/list-chips";
import { NO_FILTERS, serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import { GROUP_PARAM, type Grain } from "./grain";

/** The chips of the form's own fields, which the form itself shows. */
const IN_FORM = /^(range$|outcomes:|sentiments:|projects:)/;

export function analyticsHref(filters: CallFilters, grain: Grain): string {
  const params = serializeCallFilters(filters);
  params.set(GROUP_PARAM, grain);
  return `/analytics?${params}`;
}

export function hiddenFilterChips(filters: CallFilters, grain: Grain, names?: ReadonlyMap<string, string>): { chips: FilterChip[]; clearHref: string } {
  const chips = filterChips(filters, (next) => analyticsHref(next, grain), names).filter((chip) => !IN_FORM.test(chip.id));
  const { range, projects, outcomes, sentiments } = filters;
  return { chips, clearHref: analyticsHref({ ...NO_FILTERS, range, projects, outcomes, sentiments }, grain) };
}
