import "server-only";
// The flag counts per local day and project (calling_rule_day_deltas, written by a statement
// trigger on calling_rule_flags): append-only deltas, summed here. When a period's deltas have
// piled up (every refresh that changes a flag adds some), they are folded into one row per day
// and project (the disclosure deltas with them), under a try-lock: a reader never waits for another's fold, and a delta written
// meanwhile is not in the fold's snapshot, so it stays as it is.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/calls/date-range";

export type FlagCounts = { flagged: number; overLimit: number; afterConversation: number };
export type FlagDay = FlagCounts & { day: string; projectId: string };

const n = z.coerce.number();
const rowSchema = z.object({ day: z.string(), projectId: z.string(), flagged: n, overLimit: n, afterConversation: n, pieces: n, disclosurePieces: n });

/** Above this many delta rows per key on average (flags), or per day (disclosure), a read folds the period. */
const FOLD_AFTER = 4;
const DISCLOSURE_FOLD_AFTER = 200;

export async function readFlagDays(firstDay: Day, lastDay: Day, project: string | null): Promise<FlagDay[]> {
  const rows = z.array(rowSchema).parse(
    await getDb().$queryRaw<unknown[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, project_id AS "projectId", sum(flagged) AS flagged, sum(over_limit) AS "overLimit",
             sum(after_conversation) AS "afterConversation", count(*) AS pieces,
             (SELECT count(*) FROM disclosure_day_deltas WHERE day >= ${firstDay}::date AND day <= ${lastDay}::date) AS "disclosurePieces"
      FROM calling_rule_day_deltas
      WHERE day >= ${firstDay}::date AND day <= ${lastDay}::date${project === null ? Prisma.empty : Prisma.sql` AND project_id = ${project}`}
      GROUP BY day, project_id`,
  );
  const pieces = rows.reduce((sum, row) => sum + row.pieces, 0);
  const days = new Set(rows.map((row) => row.day)).size;
  if (pieces > FOLD_AFTER * rows.length + 100 || (rows[0]?.disclosurePieces ?? 0) > DISCLOSURE_FOLD_AFTER * days + 1000) await foldFlagDays(firstDay, lastDay);
  return rows.filter((row) => row.flagged !== 0).map(({ pieces: _, disclosurePieces: __, ...row }) => row);
}

/**
 * One row per key for the days from `firstDay` to `lastDay`, in both delta tables (the flags' and
 * the disclosure check's: calling_rule_deltas_fold); false when another fold is running.
 */
export async function foldFlagDays(firstDay: Day, lastDay: Day): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('calling_rule_deltas_fold')) AS locked`;
    if (!lock?.locked) return false;
    await tx.$executeRaw`SELECT calling_rule_deltas_fold(${firstDay}::date, ${lastDay}::date)`;
    return true;
  });
}
