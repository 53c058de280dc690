// The session check of every page and server action: the signed-in user, or a redirect to
// /login?next=<this page> (or /setup when nobody exists yet), or the 403 page for a role that
// may not see it. It runs in the code that reads the data; proxy.ts only redirects early.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { authorize } from "./authorize";
import type { Permission } from "./roles";
import { getRecentSessionUser, type SessionUser } from "./session";

/**
 * One session check per request, however many components ask; a check of the same cookie from the
 * last few seconds is reused (session-cache.ts: a revoked session or a disabled user is refused
 * within SESSION_RECHECK_MS, at once when the change was made in this process).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => getRecentSessionUser(await headers()));

export async function requireUser(permission: Permission = "calls:read"): Promise<SessionUser> {
  const decision = await authorize(await headers(), permission, await currentUser());
  if (decision.kind === "redirect") redirect(decision.to);
  if (decision.kind === "forbidden") forbidden();
  return decision.user;
}
