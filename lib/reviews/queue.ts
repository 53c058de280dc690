import "server-only";
// Review mode's queue: the unreviewed calls of a filtered list, in the list's order. A duration
// order cannot place calls without a duration: they follow the placed ones, newest first (the
// same fallback as the call page's steps, step-order.ts). "Best match" walks in time order.
// Few matches are ordered in memory, many by walking the order's index (as call-neighbours.ts).
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { NO_FILTERS, type CallFilters } from "@/lib/calls/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { compareKeys, keysetOf, type Keyset } from "@/lib/calls/keyset";
import type { CallSort } from "@/lib/calls/list-params";
import { probeMatches, type MatchKey } from "@/lib/calls/match-probe";
import { reviewConditions } from "@/lib/calls/review-where";
import { getDb } from "@/lib/db";

/** The queue's order as segments: the list's keyset, then (duration orders) the calls it cannot place. */
export function queueSegments(sort: CallSort): Keyset[] {
  if (sort === "relevance") return [keysetOf("newest")];
  const own = keysetOf(sort);
  if (sort !== "longest" && sort !== "shortest") return [own];
  const unplaced: Keyset = { ...keysetOf("newest"), condition: Prisma.sql`duration_seconds IS NULL`, applies: (row) => row.durationSeconds === null };
  return [own, unplaced];
}

const UNREVIEWED = (context: WhereContext) => reviewConditions({ ...NO_FILTERS, reviewStatuses: ["not_reviewed"] }, context);

async function firstIn(segment: Keyset, where: Prisma.Sql, matches: MatchKey[] | null, after: MatchKey | undefined): Promise<string | null> {
  if (matches) {
    const candidates = matches.filter((m) => segment.applies(m) && (!after || compareKeys(segment, m, after) > 0));
    return candidates.sort((a, b) => compareKeys(segment, a, b))[0]?.id ?? null;
  }
  const order = segment.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const conditions = [where, segment.condition];
  if (after) {
    const comparison = segment.descending ? Prisma.sql`<` : Prisma.sql`>`;
    conditions.push(Prisma.sql`(${segment.column}, id) ${comparison} (${segment.sqlValue(segment.toCursor(after))}, ${after.id}::uuid)`);
  }
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM calls WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${segment.column} ${order}, id ${order} LIMIT 1`;
  return rows[0]?.id ?? null;
}

/**
 * The unreviewed call of the list (`filters`, `sort`) that comes first, or with `after` the first
 * one after that call in the list's order, starting again from the top when none is left below it
 * (calls skipped with j/k are not lost). `after` itself is never the answer. Null: all reviewed.
 */
export async function findUnreviewedCall(filters: CallFilters, sort: CallSort, context: WhereContext, after?: MatchKey): Promise<string | null> {
  const conditions = [buildCallWhere(filters, context), ...UNREVIEWED(context)];
  if (after) conditions.push(Prisma.sql`id <> ${after.id}::uuid`);
  const where = Prisma.join(conditions, " AND ");
  const matches = await probeMatches(where);
  if (matches?.length === 0) return null;
  const segments = queueSegments(sort);
  const start = after ? Math.max(0, segments.findIndex((segment) => segment.applies(after))) : 0;
  // Below `after`: the rest of its segment, then the later segments; then from the top.
  for (const [i, segment] of segments.entries()) {
    if (i < start) continue;
    const found = await firstIn(segment, where, matches, i === start ? after : undefined);
    if (found) return found;
  }
  for (const segment of segments.slice(0, start + (after ? 1 : 0))) {
    const found = await firstIn(segment, where, matches, undefined);
    if (found) return found;
  }
  return null;
}
