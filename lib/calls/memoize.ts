// A small time-bounded memo for expensive, slowly changing reads, keyed by the SQL and its values.
// Stale while revalidating: after `ttlMs` the old value is still served while one reload runs, so
// only the very first request for a key waits for the query.
import type { Prisma } from "@/lib/generated/prisma/client";

const MAX_ENTRIES = 200;

type Entry<R> = { at: number; value: Promise<R>; reloading: boolean };

// The entries live on globalThis by name: Next.js bundles a module once per layer, so the start-up
// warm-up (instrumentation.ts) and the pages would otherwise each fill a memo of their own.
const globalForMemos = globalThis as unknown as { memos?: Map<string, Map<string, Entry<unknown>>> };

export function memoize<K extends string, R>(ttlMs: number, load: (kind: K, where: Prisma.Sql) => Promise<R>, name?: string) {
  const memos = (globalForMemos.memos ??= new Map());
  const entries = (name === undefined ? new Map() : (memos.get(name) ?? memos.set(name, new Map()).get(name)!)) as Map<string, Entry<R>>;
  const fetchInto = (key: string, kind: K, where: Prisma.Sql): Promise<R> => {
    const value = load(kind, where);
    value.then(
      () => entries.set(key, { at: Date.now(), value, reloading: false }),
      () => entries.delete(key),
    );
    return value;
  };
  return (kind: K, where: Prisma.Sql): Promise<R> => {
    const key = JSON.stringify([kind, where.sql, where.values]);
    const hit = entries.get(key);
    if (!hit) {
      const value = fetchInto(key, kind, where);
      entries.set(key, { at: Date.now(), value, reloading: false });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
      return value;
    }
    if (Date.now() - hit.at >= ttlMs && !hit.reloading) {
      hit.reloading = true;
      fetchInto(key, kind, where).catch(() => {});
    }
    return hit.value;
  };
}
