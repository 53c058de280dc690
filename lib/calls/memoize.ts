// A small time-bounded memo for expensive, slowly changing reads, keyed by the SQL and its values.
import type { Prisma } from "@/lib/generated/prisma/client";

const MAX_ENTRIES = 200;

export function memoize<K extends string, R>(ttlMs: number, load: (kind: K, where: Prisma.Sql) => Promise<R>) {
  const entries = new Map<string, { at: number; value: Promise<R> }>();
  return (kind: K, where: Prisma.Sql): Promise<R> => {
    const key = JSON.stringify([kind, where.sql, where.values]);
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = load(kind, where);
    value.catch(() => entries.delete(key));
    entries.set(key, { at: Date.now(), value });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
    return value;
  };
}
