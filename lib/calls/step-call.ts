import "server-only";
import { getEnv } from "@/lib/env";
import { findAdjacentCall, type Direction } from "./call-neighbours";
import { parseCallFilters } from "./filters";
import { getCall } from "./get-call";
import { listHref, parseListPosition } from "./list-params";

export const END_PARAM = "end";

/**
 * Where the call page's previous/next button leads: the adjacent call of the list (filters and
 * order kept in the URL), or this call again marked as the end of the list; null for an unknown
 * call. Worked out on click, so opening a call never waits for it.
 */
/** `userId`: the signed-in user, for the assignee filter "me". */
export async function stepCallHref(id: string, searchParams: URLSearchParams, direction: Direction, userId?: string): Promise<string | null> {
  const call = await getCall(id);
  if (!call) return null;
  searchParams.delete(END_PARAM);
  const { filters } = parseCallFilters(searchParams);
  const { position } = parseListPosition(searchParams, filters);
  const view = { sort: position.sort, size: position.size };
  const context = { now: new Date(), timeZone: getEnv().DASHBOARD_TIMEZONE, userId };
  const adjacent = await findAdjacentCall(call, filters, position.sort, direction, context);
  if (adjacent) return listHref(filters, view, `/calls/${adjacent}`);
  const here = listHref(filters, view, `/calls/${id}`);
  return `${here}${here.includes("?") ? "&" : "?"}${END_PARAM}=${direction === "next" ? "last" : "first"}`;
}
