import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { compareKeys, keysetOf } from "./keyset";
import type { CallSort } from "./list-params";
import { probeMatches, type MatchKey } from "./match-probe";

export type Neighbours = { previous: string | null; next: string | null };

/**
 * The calls just before and after `call` in the filtered list the user came from (same filters,
 * same order), for the call page's previous/next buttons. "Best match" walks in time order: its
 * ranking only exists for a page of candidates.
 */
export async function getCallNeighbours(call: MatchKey, filters: CallFilters, sort: CallSort, context: WhereContext): Promise<Neighbours> {
  const keyset = keysetOf(sort === "relevance" || call.durationSeconds === null ? "newest" : sort);
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  if (matches) {
    const ordered = matches.filter(keyset.applies).sort((a, b) => compareKeys(keyset, a, b));
    const before = ordered.filter((m) => compareKeys(keyset, m, call) < 0);
    const after = ordered.filter((m) => compareKeys(keyset, m, call) > 0);
    return { previous: before.at(-1)?.id ?? null, next: after[0]?.id ?? null };
  }
  const value = keyset.sqlValue(keyset.toCursor(call));
  const step = async (towardsEnd: boolean) => {
    const descending = keyset.descending === towardsEnd;
    const comparison = descending ? Prisma.sql`<` : Prisma.sql`>`;
    const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const rows = await getDb().$queryRaw<{ id: string }[]>`
      SELECT id FROM calls WHERE ${where} AND ${keyset.condition} AND (${keyset.column}, id) ${comparison} (${value}, ${call.id}::uuid)
      ORDER BY ${keyset.column} ${direction}, id ${direction} LIMIT 1`;
    return rows[0]?.id ?? null;
  };
  const [previous, next] = await Promise.all([step(false), step(true)]);
  return { previous, next };
}
