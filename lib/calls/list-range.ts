// Where a page sits in the list, "26–50 of about 1,200", and the starts of its neighbours. Keyset
// pages do not know their position; it rides along in the URL (`offset`, list-params.ts) unless
// the list could count it (CallListPage.offset). Pure and safe in the browser.
import { formatCount } from "./format";
import type { ListPosition } from "./list-params";

export type Total = { value: number; exact: boolean };

/** The page's start (0-based), from the list when it knows, else from the link; undefined when neither does. */
export function pageStart(position: ListPosition, counted: number | undefined): number | undefined {
  if (counted !== undefined) return counted;
  if (!position.after && !position.before) return 0;
  return position.offset;
}

/** The starts of the previous and next pages, for their links. */
export function neighbourStarts(start: number | undefined, shown: number, size: number): { previous?: number; next?: number } {
  if (start === undefined) return {};
  return { previous: Math.max(0, start - size), next: start + shown };
}

/**
 * "26–50 of about 1,200" ("about" when the total is the planner's estimate); "25 of about 1,200"
 * when the start is unknown. An estimate below what the pages have shown is raised to it.
 */
export function describePageRange(start: number | undefined, shown: number, total: Total): string {
  const value = Math.max(total.value, (start ?? 0) + shown);
  const of = `of ${total.exact ? "" : "about "}${formatCount(value)}`;
  if (shown === 0) return `0 ${of}`;
  if (start === undefined) return `${formatCount(shown)} ${of}`;
  return `${formatCount(start + 1)}–${formatCount(start + shown)} ${of}`;
}
