// One read that is the same for every request (the people calls can be assigned to, the tags in
// use), kept for a few seconds in this process. The bound a reader can notice:
// - a write made through our code in this process calls forget(): the next request reads again,
//   and a read that was already under way when the write happened is not kept;
// - a write made anywhere else (another server process, users:create, SQL by hand) is seen within
//   `ttlMs`, after which the first request waits for a fresh read (no stale value past the bound).
// Kept on globalThis by name: Next.js bundles a module once per layer (memoize.ts says why).

type Memo = { value?: Promise<unknown>; at: number };
const globalForReads = globalThis as unknown as { sharedReads?: Map<string, Memo> };

export type SharedRead<R> = { get: () => Promise<R>; forget: () => void };

export function sharedRead<R>(name: string, ttlMs: number, load: () => Promise<R>): SharedRead<R> {
  const reads = (globalForReads.sharedReads ??= new Map());
  const memo = reads.get(name) ?? reads.set(name, { at: 0 }).get(name)!;
  const get = (): Promise<R> => {
    if (memo.value && Date.now() - memo.at < ttlMs) return memo.value as Promise<R>;
    const value = load();
    // The age counts from the read's start: a value is never older than ttlMs.
    memo.value = value;
    memo.at = Date.now();
    value.catch(() => {
      if (memo.value === value) memo.value = undefined;
    });
    return value;
  };
  // A read under way when the write happens may miss it: it serves only the callers that asked before.
  const forget = () => {
    memo.value = undefined;
  };
  return { get, forget };
}
