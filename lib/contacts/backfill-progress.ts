import "server-only";
// How far the contacts backfill (backfill.ts) is: done when contact_state.derived_with is the
// current settings' fingerprint; otherwise the calls above its cursor (it walks them by id; every
// call while it has not started) still hold an older derivation, amounts included.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { derivationFingerprint, type ContactSettings } from "./settings";

export type BackfillProgress = { done: true } | { done: false; cursor: string | null };

const stateSchema = z.object({ derivedWith: z.string().nullable(), cursor: z.string().nullable() });

export async function readBackfillProgress(settings: ContactSettings): Promise<BackfillProgress> {
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT derived_with AS "derivedWith", backfill_cursor::text AS cursor FROM contact_state WHERE id = 1`;
  const state = stateSchema.parse(rows[0] ?? { derivedWith: null, cursor: null });
  return state.derivedWith === derivationFingerprint(settings) ? { done: true } : { done: false, cursor: state.cursor };
}

/** SQL true for a call of `table` the backfill has not re-derived yet. */
export function notYetDerived(progress: BackfillProgress, table: string): Prisma.Sql {
  if (progress.done) return Prisma.sql`false`;
  if (progress.cursor === null) return Prisma.sql`true`;
  return Prisma.sql`${Prisma.raw(table)}.id > ${progress.cursor}::uuid`;
}
