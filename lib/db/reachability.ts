// Whether PostgreSQL answers at all, for the proxy in front of every page (proxy.ts): once the
// response has started streaming its status is fixed at 200, so "the database is down" must be
// known before a page renders to be answered with a real 503. One `SELECT 1` on a connection of its
// own (never one of the pools, which expensive reads may fill), at most once a second; requests
// in between share the last answer. A "reachable" answer up to TRUST_REACHABLE_MS old is served
// at once while the next ping runs in the background, so that no page waits for a connection to
// be opened (3-20 ms, once a second); a database lost since shows from the ping's answer on (a
// page in between shows the same words from its error boundary).
import pg from "pg";
import { getEnv } from "@/lib/env";

const FRESH_MS = 1000;
const TRUST_REACHABLE_MS = 10_000;

let last: { at: number; reachable: boolean } | undefined;
let pending: Promise<boolean> | undefined;

async function ping(): Promise<boolean> {
  const env = getEnv();
  if (!env.DATABASE_URL) return false;
  const timeout = Math.min(env.DATABASE_CONNECT_TIMEOUT_MS, 3000);
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: timeout, query_timeout: timeout });
  client.on("error", () => {}); // a connection cut while we hold it: the query below fails instead
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

export async function isDatabaseReachable(): Promise<boolean> {
  const age = last ? Date.now() - last.at : Infinity;
  if (last && age < FRESH_MS) return last.reachable;
  pending ??= ping().then((reachable) => {
    last = { at: Date.now(), reachable };
    pending = undefined;
    return reachable;
  });
  if (last?.reachable && age < TRUST_REACHABLE_MS) return true;
  return pending;
}

/** Forgets the last answer (tests). */
export function resetReachability(): void {
  last = undefined;
}
