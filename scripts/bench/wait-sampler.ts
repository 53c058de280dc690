// What a database's client backends are doing, sampled while a benchmark runs: each sample reads
// pg_stat_activity once, and every active backend counts as running (no wait event; on the CPU or
// waiting for it) or as waiting on its event (Lock:advisory, LWLock:WALWrite, IO:WALSync, ...).
// Idle backends and the sampler itself are left out. Used by bench:ingest --waits.
import pg from "pg";

export type WaitShares = { samples: number; active: number; byState: Map<string, number> };

const SAMPLE_SQL = `
SELECT coalesce(wait_event_type || ':' || wait_event, 'running') AS state
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND datname = current_database() AND pid <> pg_backend_pid()
  AND state IN ('active', 'fastpath function call')`;

/** Samples every `intervalMs` until the returned stop() is called; stop() resolves to the counts. */
export async function sampleWaits(databaseUrl: string, intervalMs = 10): Promise<() => Promise<WaitShares>> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  const shares: WaitShares = { samples: 0, active: 0, byState: new Map() };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ state: string }>(SAMPLE_SQL);
      shares.samples++;
      for (const { state } of rows) {
        shares.active++;
        shares.byState.set(state, (shares.byState.get(state) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await client.end();
    return shares;
  };
}

export function mergeWaits(into: WaitShares, from: WaitShares): WaitShares {
  into.samples += from.samples;
  into.active += from.active;
  for (const [state, n] of from.byState) into.byState.set(state, (into.byState.get(state) ?? 0) + n);
  return into;
}

/** One line per state, largest first: its share of active backend samples, and backends busy on average. */
export function formatWaits(shares: WaitShares, top = 10): string[] {
  if (shares.active === 0) return ["  (no active backend seen)"];
  const lines = [...shares.byState].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `  ${(shares.active / shares.samples).toFixed(1)} backends active on average over ${shares.samples} samples`,
    ...lines.map(([state, n]) => `  ${((100 * n) / shares.active).toFixed(1).padStart(5)}%  ${state}`),
  ];
}
