// The session checks of the last few seconds, so that a person clicking through pages does not pay
// better-auth's lookup (the cookie's signature, the session row, the user row: 3-20 ms) on every
// request. The bound is stated and tested (session-cache.test.ts):
// - in this process, a sign-out, a revoked session, a deactivation, a role or password change made
//   through our code is seen at once (forgetSessions* below, called where those writes happen);
// - a change made anywhere else (another server process, SQL by hand) is seen within
//   SESSION_RECHECK_MS, after which the row is read again;
// - the absolute and idle expiry are checked on every hit against the times read from the row.
// Only page renders and server actions use it (requireUser); route handlers (withAuth) and the sign-out
// read the row every time. Entries are keyed by a hash of the session cookie, never the cookie itself.
import "server-only";
import { createHash } from "node:crypto";

export const SESSION_RECHECK_MS = 5_000;
const MAX_ENTRIES = 1_000;

export type CheckedSession<U> = { user: U; sessionId: string; userId: string; expiresAt: number; updatedAt: number };
type Entry<U> = CheckedSession<U> & { checkedAt: number };

const entries = new Map<string, Entry<unknown>>();

export function sessionCacheKey(cookieValue: string): string {
  return createHash("sha256").update(cookieValue).digest("base64url");
}

/** A check of this cookie made less than SESSION_RECHECK_MS ago, still within its expiry; else null. */
export function recentCheck<U>(key: string, idleMs: number, now = Date.now()): CheckedSession<U> | null {
  const entry = entries.get(key) as Entry<U> | undefined;
  if (!entry) return null;
  if (now - entry.checkedAt >= SESSION_RECHECK_MS || now >= entry.expiresAt || now - entry.updatedAt > idleMs) {
    entries.delete(key);
    return null;
  }
  return entry;
}

export function rememberCheck<U>(key: string, checked: CheckedSession<U>, now = Date.now()): void {
  entries.delete(key);
  entries.set(key, { ...checked, checkedAt: now });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
}

/** Forgets every remembered check of one user (deactivation, role or password change, revocation). */
export function forgetSessionsOfUser(userId: string): void {
  for (const [key, entry] of entries) if (entry.userId === userId) entries.delete(key);
}

/** Forgets one session (sign-out, idle expiry). */
export function forgetSession(sessionId: string): void {
  for (const [key, entry] of entries) if (entry.sessionId === sessionId) entries.delete(key);
}
