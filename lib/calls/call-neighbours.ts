import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { compareKeys, keysetOf } from "./keyset";
import type { CallSort } from "./list-params";
import { probeMatches, type MatchKey } from "./match-probe";
import { stepSortOf } from "./step-order";

export type Direction = "previous" | "next";

/**
 * The call just before or after `call` in the filtered list the user came from (same filters,
 * same order), for the call page's previous/next buttons; in time order where the list's order
 * cannot place it (step-order.ts).
 */
export async function findAdjacentCall(
  call: MatchKey,
  filters: CallFilters,
  sort: CallSort,
  direction: Direction,
  context: WhereContext,
): Promise<string | null> {
  const keyset = keysetOf(stepSortOf(sort, call.durationSeconds));
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  if (matches) {
    const ordered = matches.filter(keyset.applies).sort((a, b) => compareKeys(keyset, a, b));
    if (direction === "previous") return ordered.filter((m) => compareKeys(keyset, m, call) < 0).at(-1)?.id ?? null;
    return ordered.find((m) => compareKeys(keyset, m, call) > 0)?.id ?? null;
  }
  const descending = keyset.descending === (direction === "next");
  const comparison = descending ? Prisma.sql`<` : Prisma.sql`>`;
  const order = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM calls
    WHERE ${where} AND ${keyset.condition} AND (${keyset.column}, id) ${comparison} (${keyset.sqlValue(keyset.toCursor(call))}, ${call.id}::uuid)
    ORDER BY ${keyset.column} ${order}, id ${order} LIMIT 1`;
  return rows[0]?.id ?? null;
}
