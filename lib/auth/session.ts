// Who is asking: the signed-in, active user behind a request's session cookie, or null.
// better-auth checks the cookie's signature and the absolute expiry; we add what it does not
// have: deactivated users and idle expiry (SESSION_IDLE_HOURS since the last request).
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getAuth } from "./auth";
import { roleSchema } from "./roles";
import { forgetSession, forgetSessionsOfUser, recentCheck, rememberCheck, sessionCacheKey } from "./session-cache";
import { authSettings } from "./settings";

/** Activity is written at most once a minute per session: one UPDATE, not one per request. */
const TOUCH_EVERY_MS = 60_000;

const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
});

export type SessionUser = z.infer<typeof sessionUserSchema> & { sessionId: string };

/** The session row and user row read now (better-auth's lookup): for writes and route handlers. */
export async function getSessionUser(headers: Headers, now = new Date()): Promise<SessionUser | null> {
  return (await checkSession(headers, now))?.user ?? null;
}

/**
 * The same answer, reusing a check of the same cookie made in this process less than
 * SESSION_RECHECK_MS ago (session-cache.ts states the bound): for page renders.
 */
export async function getRecentSessionUser(headers: Headers, now = new Date()): Promise<SessionUser | null> {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  const key = sessionCacheKey(cookie);
  const recent = recentCheck<SessionUser>(key, authSettings().idleSeconds * 1000, now.getTime());
  if (recent) return recent.user;
  const checked = await checkSession(headers, now);
  if (checked) rememberCheck(key, checked, now.getTime());
  return checked?.user ?? null;
}

async function checkSession(headers: Headers, now: Date) {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return null;
  const parsed = sessionUserSchema.safeParse(found.user);
  if (!parsed.success || !parsed.data.active) return null;
  const { session } = found;
  let updatedAt = new Date(session.updatedAt).getTime();
  const idleFor = now.getTime() - updatedAt;
  if (idleFor > authSettings().idleSeconds * 1000) {
    forgetSession(session.id);
    await getDb().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) {
    await getDb().session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
    updatedAt = now.getTime();
  }
  const user: SessionUser = { ...parsed.data, sessionId: session.id };
  return { user, sessionId: session.id, userId: user.id, expiresAt: new Date(session.expiresAt).getTime(), updatedAt };
}

/** Signs every browser of a user out (deactivation, a new password). */
export async function revokeUserSessions(userId: string): Promise<number> {
  forgetSessionsOfUser(userId);
  const { count } = await getDb().session.deleteMany({ where: { userId } });
  forgetSessionsOfUser(userId);
  return count;
}
