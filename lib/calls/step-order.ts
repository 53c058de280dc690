// The order the call page's buttons walk the list in, and the words that say which way they go.
// Pure and safe in the browser.
import type { CallSort } from "./list-params";

export type StepSort = Exclude<CallSort, "relevance">;

/**
 * The list's own order, except where a neighbour cannot be found in it: "Best match" is ranked only
 * within a page of candidates, and a duration order does not hold a call without a duration. Both
 * walk in time order, newest first.
 */
export function stepSortOf(sort: CallSort, durationSeconds: number | null): StepSort {
  if (sort === "relevance") return "newest";
  if ((sort === "longest" || sort === "shortest") && durationSeconds === null) return "newest";
  return sort;
}

/** What "previous" (up the list) and "next" (down the list) mean in an order: for oldest first, next is newer. */
export const STEP_WORDS: Record<StepSort, { previous: string; next: string }> = {
  newest: { previous: "Newer", next: "Older" },
  oldest: { previous: "Older", next: "Newer" },
  longest: { previous: "Longer", next: "Shorter" },
  shortest: { previous: "Shorter", next: "Longer" },
};
