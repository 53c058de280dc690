import "server-only";
// Whether promise_follow_throughs is built (promise-follow-through-build.ts): until it is, the
// figures of "Promises followed through" would miss the promises not yet reached, so /analytics
// says they are being computed instead of showing them.
import { z } from "zod";
import { getDb } from "@/lib/db";

export type PromiseReadiness = { ready: true } | { ready: false };

const stateSchema = z.object({ built: z.boolean() });

/** One read of a one-row table. */
export async function readPromiseReadiness(): Promise<PromiseReadiness> {
  const rows = await getDb().$queryRaw<unknown[]>`SELECT built_at IS NOT NULL AS built FROM promise_follow_through_state WHERE id = 1`;
  return { ready: stateSchema.parse(rows[0] ?? { built: false }).built };
}
