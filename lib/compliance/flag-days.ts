import "server-only";
// The flag counts per local day and project (calling_rule_day_deltas, written by a statement
// trigger on calling_rule_flags): append-only deltas, summed here. When a period's deltas have
// piled up (every refresh that changes a flag adds some), they are folded into one row per day
// and project, under a try-lock: a reader never waits for another's fold, and a delta written
// meanwhile is not in the fold's snapshot, so it stays as it is.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/calls/date-range";

export type FlagCounts = { flagged: number; overLimit: number; afterConversation: number };
export type FlagDay = FlagCounts & { day: string; projectId: string };

const n = z.coerce.number();
const rowSchema = z.object({ day: z.string(), projectId: z.string(), flagged: n, overLimit: n, afterConversation: n, pieces: n });

/** Above this many delta rows per (day, project) key on average, a read folds the period. */
const FOLD_AFTER = 4;

export async function readFlagDays(firstDay: Day, lastDay: Day, project: string | null): Promise<FlagDay[]> {
  const rows = z.array(rowSchema).parse(
    await getDb().$queryRaw<unknown[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, project_id AS "projectId", sum(flagged) AS flagged, sum(over_limit) AS "overLimit",
             sum(after_conversation) AS "afterConversation", count(*) AS pieces
      FROM calling_rule_day_deltas
      WHERE day >= ${firstDay}::date AND day <= ${lastDay}::date${project === null ? Prisma.empty : Prisma.sql` AND project_id = ${project}`}
      GROUP BY day, project_id`,
  );
  const pieces = rows.reduce((sum, row) => sum + row.pieces, 0);
  if (pieces > FOLD_AFTER * rows.length + 100) await foldFlagDays(firstDay, lastDay);
  return rows.filter((row) => row.flagged !== 0).map(({ pieces: _, ...row }) => row);
}

/** One row per (day, project) for the days from `firstDay` to `lastDay`; false when another fold runs. */
export async function foldFlagDays(firstDay: Day, lastDay: Day): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('calling_rule_day_deltas')) AS locked`;
    if (!lock?.locked) return false;
    await tx.$executeRaw`
      WITH folded AS (
        DELETE FROM calling_rule_day_deltas WHERE day >= ${firstDay}::date AND day <= ${lastDay}::date
        RETURNING day, project_id, flagged, over_limit, after_conversation
      )
      INSERT INTO calling_rule_day_deltas (day, project_id, flagged, over_limit, after_conversation)
      SELECT day, project_id, sum(flagged), sum(over_limit), sum(after_conversation)
      FROM folded GROUP BY day, project_id HAVING sum(flagged) <> 0 OR sum(over_limit) <> 0 OR sum(after_conversation) <> 0`;
    return true;
  });
}
