import "server-only";
// Where review mode goes from a call: j/k to the adjacent call of the queue's list (reviewed or
// not, like the call page's buttons), and after marking to the next unreviewed one. The queue is
// the URL: its filters and order ride along in every address.
import { findAdjacentCall, type Direction } from "@/lib/calls/call-neighbours";
import type { WhereContext } from "@/lib/calls/call-where";
import { parseCallFilters, type CallFilters } from "@/lib/calls/filters";
import { getCall } from "@/lib/calls/get-call";
import { parseListPosition, type CallSort } from "@/lib/calls/list-params";
import { END_PARAM } from "@/lib/calls/step-call";
import { findUnreviewedCall } from "./queue";
import { reviewCallHref, reviewQueueHref } from "./queue-href";

export type Queue = { filters: CallFilters; sort: CallSort };

/** The queue an address names (its filters and sort; page size and cursors do not matter here). */
export function parseQueue(params: URLSearchParams | Record<string, string | string[] | undefined>): Queue & { notices: string[] } {
  const { filters, notices } = parseCallFilters(params);
  const { position, notices: more } = parseListPosition(params, filters);
  return { filters, sort: position.sort, notices: [...notices, ...more] };
}

/** The call after `callId` in review mode's j (next) / k (previous) order; at an end, this call marked so. Null: no such call. */
export async function stepQueueHref(callId: string, queue: Queue, direction: Direction, context: WhereContext): Promise<string | null> {
  const call = await getCall(callId);
  if (!call) return null;
  const adjacent = await findAdjacentCall(call, queue.filters, queue.sort, direction, context);
  if (adjacent) return reviewCallHref(adjacent, queue.filters, queue.sort);
  const here = reviewCallHref(callId, queue.filters, queue.sort);
  return `${here}${here.includes("?") ? "&" : "?"}${END_PARAM}=${direction === "next" ? "last" : "first"}`;
}

/**
 * Where to go once `callId` is marked: the next unreviewed call of the queue (from the top again
 * when none is below it), else the queue's own address, which says that all are reviewed.
 */
export async function nextUnreviewedHref(callId: string, queue: Queue, context: WhereContext): Promise<string> {
  const call = await getCall(callId);
  const next = await findUnreviewedCall(queue.filters, queue.sort, context, call ?? undefined);
  return next ? reviewCallHref(next, queue.filters, queue.sort) : reviewQueueHref(queue.filters, queue.sort);
}

/** The queue's query string (no `?`): what review mode's actions and steps carry along. */
export function queueQuery(queue: Queue): string {
  const href = reviewQueueHref(queue.filters, queue.sort);
  return href.includes("?") ? href.slice(href.indexOf("?") + 1) : "";
}
