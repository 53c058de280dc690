// Who is asking: the signed-in, active user behind a request's session cookie, or null.
// better-auth checks the cookie's signature and the absolute expiry; we add what it does not
// have: deactivated users and idle expiry (SESSION_IDLE_HOURS since the last request).
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getAuth } from "./auth";
import { roleSchema } from "./roles";
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

export async function getSessionUser(headers: Headers, now = new Date()): Promise<SessionUser | null> {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return null;
  const parsed = sessionUserSchema.safeParse(found.user);
  if (!parsed.success || !parsed.data.active) return null;
  const { session } = found;
  const idleFor = now.getTime() - new Date(session.updatedAt).getTime();
  if (idleFor > authSettings().idleSeconds * 1000) {
    await getDb().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) {
    await getDb().session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  }
  return { ...parsed.data, sessionId: session.id };
}

/** Signs every browser of a user out (deactivation, a new password). */
export async function revokeUserSessions(userId: string): Promise<number> {
  const { count } = await getDb().session.deleteMany({ where: { userId } });
  return count;
}
