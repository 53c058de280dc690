import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Up to this many matches, a list is cheapest by fetching every match and sorting it; beyond it,
 * matches are dense enough that walking the time (or duration) index finds a page quickly.
 */
export const PROBE_LIMIT = 2000;

export type MatchKey = { id: string; endedAt: Date; durationSeconds: number | null };

/**
 * Every call matching `where` when there are at most PROBE_LIMIT, or null when there are more.
 * The planner guesses how many rows combined filters match and, guessing wrong, walks the whole
 * time index for a page that does not fill (outcome AND sentiment are far from independent):
 * asking the data first makes either case fast.
 */
export async function probeMatches(where: Prisma.Sql): Promise<MatchKey[] | null> {
  const [, rows] = await getDb().$transaction([
    // Room for exact bitmaps: lossy ones recheck every row of their pages.
    getDb().$executeRaw`SET LOCAL work_mem = '32MB'`,
    getDb().$queryRaw<MatchKey[]>`
      SELECT id, ended_at AS "endedAt", duration_seconds AS "durationSeconds"
      FROM calls WHERE ${where} LIMIT ${PROBE_LIMIT + 1}`,
  ], {
    // Wait for a read connection as long as any query does, and let the statement timeout, not
    // Prisma's 5 s transaction limit, decide when the probe is too slow ("too large" state).
    maxWait: getEnv().DATABASE_CONNECT_TIMEOUT_MS,
    timeout: getEnv().READ_STATEMENT_TIMEOUT_MS + 1000,
  });
  return rows.length > PROBE_LIMIT ? null : rows;
}

const explainSchema = z.tuple([z.object({ "QUERY PLAN": z.tuple([z.object({ Plan: z.object({ "Plan Rows": z.number() }) })]) })]);

/** The planner's estimate of how many calls match: for a label, never for logic. */
export async function estimateMatches(where: Prisma.Sql): Promise<number | null> {
  const rows = await getDb().$queryRaw<unknown[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM calls WHERE ${where}`;
  const parsed = explainSchema.safeParse(rows);
  return parsed.success ? Math.round(parsed.data[0]["QUERY PLAN"][0].Plan["Plan Rows"]) : null;
}
