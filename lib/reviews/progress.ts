import "server-only";
// Review mode's progress bar ("12 of 340 reviewed") for the list it works through: how many calls
// match the list's filters and how many of them are reviewed (DONE_STATUSES). Exact, in one pass
// over the matches: cheap for a queue, a full count for an unfiltered million-call list.
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import type { CallFilters } from "@/lib/calls/filters";
import { getDb } from "@/lib/db";
import { DONE_STATUSES } from "./status";

export type ReviewProgress = { total: number; reviewed: number };

export async function getReviewProgress(filters: CallFilters, context: WhereContext): Promise<ReviewProgress> {
  const [row] = await getDb().$queryRaw<ReviewProgress[]>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.status = ANY(${[...DONE_STATUSES]}::text[])))::int AS reviewed
    FROM calls WHERE ${buildCallWhere(filters, context)}`;
  return row ?? { total: 0, reviewed: 0 };
}
