// Retention of the deliveries log, without a separate service: rows older than
// WEBHOOK_DELIVERY_RETENTION_DAYS are deleted in bounded batches, once at start-up (scripts/dev.ts)
// and at most once a minute per process on the webhook's own writes. Open dead letters are kept
// until they are replayed or dismissed, however old.
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";

export const PRUNE_BATCH = 1000;
const PRUNE_INTERVAL_MS = 60_000;

const PRUNE_SQL = `
DELETE FROM webhook_deliveries WHERE id IN (
  SELECT id FROM webhook_deliveries
  WHERE received_at < $1::timestamptz AND dead_letter IS DISTINCT FROM 'open'
  ORDER BY received_at LIMIT $2
)`;

export type PruneOptions = { retentionDays?: number; now?: Date; batch?: number };

/** Deletes up to `batch` expired rows (the oldest first); returns how many. */
export async function pruneDeliveries({ retentionDays = getEnv().WEBHOOK_DELIVERY_RETENTION_DAYS, now = new Date(), batch = PRUNE_BATCH }: PruneOptions = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const { rowCount } = await getPool().query(PRUNE_SQL, [cutoff.toISOString(), batch]);
  return rowCount ?? 0;
}

let lastPrune = 0;

/** One bounded prune if none ran in the last minute. Never throws: retention must not fail a delivery. */
export async function pruneDeliveriesSoon(now = Date.now()): Promise<void> {
  if (now - lastPrune < PRUNE_INTERVAL_MS) return;
  lastPrune = now;
  try {
    await pruneDeliveries();
  } catch (error) {
    console.error("Could not prune old webhook deliveries:", error instanceof Error ? error.message : error);
  }
}

/** At start-up: batches until nothing is left (at most `maxBatches`; the rest goes on later writes). */
export async function pruneDeliveriesAtStartup(maxBatches = 100): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await pruneDeliveries();
    total += deleted;
    if (deleted < PRUNE_BATCH) break;
  }
  return total;
}
