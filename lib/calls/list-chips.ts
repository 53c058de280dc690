// The active filters as removable chips ("Outcome: Payment promise ×"): each chip is a link to the
// same list without that one value, back at the first page (the old cursor means nothing in a
// different list). Pure and safe in the browser.
import { REVIEW_STATUS_LABELS } from "@/lib/reviews/status";
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, NO_FILTERS, type CallFilters } from "./filters";
import { formatDateRange } from "./format-day";
import { listHref, type ListPosition } from "./list-params";
import { labelForKey } from "./outcome";

export type FilterChip = { id: string; name: string; value: string; href: string };

function hrefWithout(filters: CallFilters, position: ListPosition, next: CallFilters): string {
  // "Best match" needs a search: without one the list goes back to newest first.
  const sort = position.sort === "relevance" && !next.q ? "newest" : position.sort;
  return listHref(next, { sort, size: position.size });
}

export const DISCLOSURE_LABELS = { missing: "No disclosure found", found: "Disclosure found" } as const;

/** How an assignee filter value reads: "Me", "Nobody", or the user's name (`names`), else the id. */
export function assigneeLabel(value: string, names: ReadonlyMap<string, string> = new Map()): string {
  return value === ASSIGNEE_ME ? "Me" : value === ASSIGNEE_NOBODY ? "Nobody" : (names.get(value) ?? value);
}

/** `names`: user id -> name, for the assignee chips. */
export function activeFilterChips(filters: CallFilters, position: ListPosition, names?: ReadonlyMap<string, string>): FilterChip[] {
  return filterChips(filters, (next) => hrefWithout(filters, position, next), names);
}

/** Every filter in use as a chip whose link is `hrefOf` the filters without it (the list's, or another page's). */
export function filterChips(filters: CallFilters, hrefOf: (next: CallFilters) => string, names?: ReadonlyMap<string, string>): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (id: string, name: string, value: string, next: CallFilters) => chips.push({ id, name, value, href: hrefOf(next) });
  const each = (field: "outcomes" | "sentiments" | "projects" | "deliveryStatuses" | "providerStatuses", name: string, label: (v: string) => string = (v) => v) => {
    for (const value of filters[field]) add(`${field}:${value}`, name, label(value), { ...filters, [field]: filters[field].filter((v) => v !== value) });
  };
  const { q, phone, minDuration, maxDuration, ...rest } = filters;
  if (q) add("q", "Search", `“${q}”`, { ...rest, phone, minDuration, maxDuration });
  each("outcomes", "Outcome", labelForKey);
  each("sentiments", "Sentiment", labelForKey);
  if (filters.range.preset !== "all") add("range", "Date", formatDateRange(filters.range), { ...filters, range: NO_FILTERS.range });
  each("projects", "Project");
  if (minDuration !== undefined) add("dmin", "Min. duration", `${minDuration} s`, { ...rest, q, phone, maxDuration });
  if (maxDuration !== undefined) add("dmax", "Max. duration", `${maxDuration} s`, { ...rest, q, phone, minDuration });
  each("deliveryStatuses", "Delivery");
  each("providerStatuses", "Provider");
  filters.metadata.forEach((m, i) =>
    add(`meta:${i}`, "Metadata", `${m.key}: ${m.value}`, { ...filters, metadata: filters.metadata.filter((_, j) => j !== i) }),
  );
  if (phone) add("phone", "Phone", phone, { ...rest, q, minDuration, maxDuration });
  reviewChips(filters, names, add);
  return chips;
}

/** Every filter off, the order and page size kept. */
export function clearFiltersHref(position: ListPosition): string {
  return listHref(NO_FILTERS, { sort: position.sort === "relevance" ? "newest" : position.sort, size: position.size });
}

type AddChip = (id: string, name: string, value: string, next: CallFilters) => void;
type ReviewListField = "reviewStatuses" | "assignees" | "tags" | "aiOutcomes" | "aiSentiments";

function reviewChips(filters: CallFilters, names: ReadonlyMap<string, string> | undefined, add: AddChip) {
  const each = (field: ReviewListField, name: string, label: (v: string) => string) => {
    const values: string[] = filters[field] ?? [];
    for (const value of values) add(`${field}:${value}`, name, label(value), { ...filters, [field]: values.filter((v) => v !== value) });
  };
  const without = (field: "corrected" | "disclosure" | "labels"): CallFilters => {
    const next = { ...filters };
    delete next[field];
    return next;
  };
  each("reviewStatuses", "Review", (v) => REVIEW_STATUS_LABELS[v as keyof typeof REVIEW_STATUS_LABELS] ?? v);
  each("assignees", "Assignee", (v) => assigneeLabel(v, names));
  each("tags", "Tag", (v) => v);
  if (filters.corrected !== undefined) add("corrected", "Corrected", filters.corrected ? "Yes" : "No", without("corrected"));
  if (filters.disclosure) add("disclosure", "Disclosure", DISCLOSURE_LABELS[filters.disclosure], without("disclosure"));
  each("aiOutcomes", "AI outcome", labelForKey);
  each("aiSentiments", "AI sentiment", labelForKey);
  if (filters.labels === "ai") add("labels", "Labels", "AI's own", without("labels"));
}
