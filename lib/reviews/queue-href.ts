// The review queue's address. The queue is a filtered list of calls, so its URL is the list's own
// filters and order under `/review`: a manager can send a reviewer a link to "this week's negative
// promises" and both see the same calls. Pure and safe in the browser.
import type { CallFilters } from "@/lib/calls/filters";
import { listHref, type CallSort } from "@/lib/calls/list-params";

export const REVIEW_QUEUE_BASE = "/review";

/** `/review?<filters>`: opens the first unreviewed call of that list (see app/review/). */
export function reviewQueueHref(filters: CallFilters, sort?: CallSort): string {
  return listHref(filters, sort ? { sort } : {}, REVIEW_QUEUE_BASE);
}

/** `/review/<id>?<filters>`: one call of the queue, with the queue's filters riding along. */
export function reviewCallHref(callId: string, filters: CallFilters, sort?: CallSort): string {
  return listHref(filters, sort ? { sort } : {}, `${REVIEW_QUEUE_BASE}/${encodeURIComponent(callId)}`);
}
