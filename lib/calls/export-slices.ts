import "server-only";
import type pg from "pg";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Why an export is split: PostgreSQL writes a COPY's CSV in one process (quoting every cell, 1.3 GB
 * for a million calls), which leaves the other cores idle. Consecutive slices of the list order,
 * each a COPY of its own on its own connection, write their CSV at the same time; the first goes to
 * the client, the later ones to temporary files that follow in order (export-spool.ts).
 *
 * Slices are ranges of `ended_at` (newest first: `ended_at >= b1`, then `b2 <= ended_at < b1`, ...,
 * then `ended_at < bN`), so every call is in exactly one slice and calls with the same `ended_at`
 * are always in the same one; within a slice the order is the list's (`ended_at DESC, id DESC`).
 * The bounds split the time between the newest and the oldest match evenly: even slices when
 * calls are spread over time, and only slower, never wrong, when they are not.
 */
export async function sliceBounds(where: Prisma.Sql, slices: number): Promise<Date[]> {
  if (slices < 2) return [];
  const [ends] = await getDb().$queryRaw<{ newest: Date | null; oldest: Date | null }[]>`
    SELECT (SELECT ended_at FROM calls WHERE ${where} ORDER BY ended_at DESC, id DESC LIMIT 1) AS newest,
           (SELECT ended_at FROM calls WHERE ${where} ORDER BY ended_at ASC, id ASC LIMIT 1) AS oldest`;
  if (!ends?.newest || !ends.oldest) return [];
  const newest = ends.newest.getTime();
  const oldest = ends.oldest.getTime();
  const bounds: Date[] = [];
  for (let k = 1; k < slices; k++) {
    // Whole milliseconds (ended_at's precision), strictly decreasing: a span too short gives fewer slices.
    const bound = newest - Math.floor(((newest - oldest) * k) / slices);
    if (bound > oldest && (bounds.length === 0 || bound < bounds.at(-1)!.getTime())) bounds.push(new Date(bound));
  }
  return bounds;
}

/** The condition of each slice: `where` and its range of `ended_at` (bounds newest first). */
export function sliceConditions(where: Prisma.Sql, bounds: readonly Date[]): Prisma.Sql[] {
  if (bounds.length === 0) return [where];
  return [...bounds, null].map((lower, index) => {
    const upper = index > 0 ? bounds[index - 1]! : null;
    const range = [
      lower ? Prisma.sql`calls.ended_at >= ${lower}` : null,
      upper ? Prisma.sql`calls.ended_at < ${upper}` : null,
    ].filter((part): part is Prisma.Sql => part !== null);
    return Prisma.sql`(${where}) AND ${Prisma.join(range, " AND ")}`;
  });
}

/**
 * How many slices an export may run at once: what it asks for, as long as half of the read pool
 * stays free for everything else (the export's first connection is already taken).
 */
export function affordableSlices(wanted: number, pool: pg.Pool): number {
  const max = pool.options.max ?? 10;
  const free = max - pool.totalCount + pool.idleCount - pool.waitingCount;
  return Math.max(1, Math.min(wanted, 1 + free - Math.ceil(max / 2)));
}
