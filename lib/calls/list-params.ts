// How the list is ordered and paged, read from and written to the URL next to the filters
// (filters.ts): sort, page size and a keyset cursor. Pure and safe in the browser.
import { z } from "zod";
import { withoutNul } from "./param-hygiene";
import { FILTER_PARAMS, paramValue, serializeCallFilters, type CallFilters, type SearchParamsInput } from "./filters";

export const SORTS = ["newest", "oldest", "longest", "shortest", "relevance"] as const;
export type CallSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<CallSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  longest: "Longest first",
  shortest: "Shortest first",
  relevance: "Best match",
};

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

// `offset` is where the page starts (0 for the first call), carried next to the cursor only to say
// "26-50 of 300": the cursor alone decides which calls the page shows. (`from` is the date filter.)
export const LIST_PARAMS = { sort: "sort", size: "size", after: "after", before: "before", offset: "offset" } as const;

/**
 * A position in the list: the sort key and id of a call (keyset), or for "Best match" an offset
 * into the capped set of ranked matches.
 */
// Bounded to what the columns hold (timestamptz from year 1, int4 durations): a larger number in a
// hand-edited link is an unreadable position, not a database error.
const INT4_MAX = 2_147_483_647;
const cursorSchema = z.union([
  z.object({ t: z.iso.datetime().refine((t) => Date.parse(t) >= Date.parse("0001-01-01T00:00:00Z")), id: z.uuid() }),
  z.object({ d: z.number().int().min(0).max(INT4_MAX), id: z.uuid() }),
  z.object({ o: z.number().int().min(0).max(100_000) }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify(cursor);
  const bytes = new TextEncoder().encode(json);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(token: string): Cursor | null {
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    const parsed = cursorSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type ListPosition = { sort: CallSort; size: PageSize; after?: Cursor; before?: Cursor; offset?: number };

/** The deepest offset a link may claim: far beyond any real list, small enough to stay an int. */
export const MAX_OFFSET = 100_000_000;
const offsetSchema = z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().min(0).max(MAX_OFFSET));

/** Sort, page size and cursor from the URL; unusable values fall back to defaults, with a notice. */
export function parseListPosition(input: SearchParamsInput, filters: CallFilters): { position: ListPosition; notices: string[] } {
  const { params, notices } = withoutNul(input, Object.values(LIST_PARAMS));
  const one = (name: string) => paramValue(params, name);
  const sortParam = one(LIST_PARAMS.sort);
  let sort: CallSort = "newest";
  const knownSort = SORTS.find((candidate) => candidate === sortParam);
  if (knownSort) sort = knownSort;
  else if (sortParam) notices.push(`Ignored sort "${sortParam}": expected one of ${SORTS.join(", ")}.`);
  if (sort === "relevance" && !filters.q) {
    sort = "newest";
    notices.push("Best match needs a search; showing the newest calls first.");
  }
  const sizeParam = one(LIST_PARAMS.size);
  const size = PAGE_SIZES.find((s) => String(s) === sizeParam) ?? DEFAULT_PAGE_SIZE;
  if (sizeParam && String(size) !== sizeParam) notices.push(`Ignored page size "${sizeParam}": expected 25, 50 or 100.`);

  const cursorOf = (name: string) => {
    const token = one(name);
    if (!token) return undefined;
    const cursor = decodeCursor(token);
    if (cursor && cursorFits(cursor, sort)) return cursor;
    notices.push("The page position in the link was not readable; showing the first page.");
    return undefined;
  };
  const after = cursorOf(LIST_PARAMS.after);
  const before = after ? undefined : cursorOf(LIST_PARAMS.before);
  // Only a keyset page has a start to carry: the first page starts at 0, "Best match" keeps its offset in the cursor.
  const offsetParam = one(LIST_PARAMS.offset);
  let offset: number | undefined;
  if (offsetParam !== undefined && (after || before) && sort !== "relevance") {
    const parsed = offsetSchema.safeParse(offsetParam);
    if (parsed.success) offset = parsed.data;
    else notices.push(`Ignored page start "${offsetParam}": expected a whole number.`);
  }
  return { position: { sort, size, ...(after && { after }), ...(before && { before }), ...(offset !== undefined && { offset }) }, notices };
}

function cursorFits(cursor: Cursor, sort: CallSort): boolean {
  if (sort === "relevance") return "o" in cursor;
  if (sort === "longest" || sort === "shortest") return "d" in cursor;
  return "t" in cursor;
}

/** The URL query (without `?`) for a view of the list: filters, then sort, size and cursor. */
export function listHref(filters: CallFilters, position: Partial<ListPosition>, base = "/calls"): string {
  const params = serializeCallFilters(filters);
  if (params.get(FILTER_PARAMS.range) === "all") params.delete(FILTER_PARAMS.range);
  if (position.sort && position.sort !== "newest") params.set(LIST_PARAMS.sort, position.sort);
  if (position.size && position.size !== DEFAULT_PAGE_SIZE) params.set(LIST_PARAMS.size, String(position.size));
  if (position.after) params.set(LIST_PARAMS.after, encodeCursor(position.after));
  if (position.before) params.set(LIST_PARAMS.before, encodeCursor(position.before));
  if (position.offset && (position.after || position.before) && position.sort !== "relevance") params.set(LIST_PARAMS.offset, String(position.offset));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The id of a call's row in the list, the anchor "Back to the list" returns to. */
export function rowAnchor(callId: string): string {
  return `call-${callId}`;
}

/**
 * "Back to the list" from a call opened in it: the same filters, order, size and page (cursor and
 * start), scrolled to the call's row.
 */
export function backToListHref(filters: CallFilters, position: ListPosition, callId: string): string {
  return `${listHref(filters, position)}#${rowAnchor(callId)}`;
}
