// The orders of the list as keysets: a sort column plus the id as tie-breaker, in SQL and in
// JavaScript alike (small result sets are ordered in memory, see list-calls.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallSort, Cursor } from "./list-params";

type Keyed = { id: string; endedAt: Date; durationSeconds: number | null };
type Key = { value: number; id: string };

export type Keyset = {
  column: Prisma.Sql;
  descending: boolean;
  /** Rows this order can place: a duration order leaves out calls without a duration (the page says so). */
  condition: Prisma.Sql;
  applies: (row: Keyed) => boolean;
  keyOf: (row: Keyed) => Key;
  fromCursor: (cursor: Cursor) => Key;
  sqlValue: (cursor: Cursor) => Date | number;
  toCursor: (row: Keyed) => Cursor;
};

const byTime = (descending: boolean): Keyset => ({
  column: Prisma.sql`ended_at`,
  descending,
  condition: Prisma.sql`TRUE`,
  applies: () => true,
  keyOf: (row) => ({ value: row.endedAt.getTime(), id: row.id }),
  fromCursor: (cursor) => ({ value: "t" in cursor ? Date.parse(cursor.t) : 0, id: "id" in cursor ? cursor.id : "" }),
  sqlValue: (cursor) => new Date("t" in cursor ? cursor.t : 0),
  toCursor: (row) => ({ t: row.endedAt.toISOString(), id: row.id }),
});

const byDuration = (descending: boolean): Keyset => ({
  column: Prisma.sql`duration_seconds`,
  descending,
  condition: Prisma.sql`duration_seconds IS NOT NULL`,
  applies: (row) => row.durationSeconds !== null,
  keyOf: (row) => ({ value: row.durationSeconds ?? 0, id: row.id }),
  fromCursor: (cursor) => ({ value: "d" in cursor ? cursor.d : 0, id: "id" in cursor ? cursor.id : "" }),
  sqlValue: (cursor) => ("d" in cursor ? cursor.d : 0),
  toCursor: (row) => ({ d: row.durationSeconds ?? 0, id: row.id }),
});

/** The keyset of a sort; "Best match" pages by offset and falls back to time order here. */
export function keysetOf(sort: CallSort): Keyset {
  if (sort === "oldest") return byTime(false);
  if (sort === "longest") return byDuration(true);
  if (sort === "shortest") return byDuration(false);
  return byTime(true);
}

/**
 * Negative when `a` comes before `b` in the keyset's order. Ids compare as PostgreSQL compares
 * uuids: byte by byte, which for lower-case hex text is string order.
 */
export function compareKeys(keyset: Keyset, a: Keyed | Key, b: Keyed | Key): number {
  const ka = "value" in a ? a : keyset.keyOf(a);
  const kb = "value" in b ? b : keyset.keyOf(b);
  const ascending = ka.value !== kb.value ? ka.value - kb.value : ka.id.toLowerCase() < kb.id.toLowerCase() ? -1 : ka.id.toLowerCase() > kb.id.toLowerCase() ? 1 : 0;
  return keyset.descending ? -ascending : ascending;
}
