// The session check of every page and server action: the signed-in user, or a redirect to
// /login?next=<this page> (or /setup when nobody exists yet), or the 403 page for a role that
// may not see it. It runs in the code that reads the data; proxy.ts only redirects early.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { REQUEST_PATH_HEADER } from "./headers";
import { loginHref } from "./next-path";
import { can, type Permission } from "./roles";
import { getSessionUser, type SessionUser } from "./session";
import { hasAnyUser } from "./users-exist";

/** One session lookup per request, however many components ask. */
export const currentUser = cache(async (): Promise<SessionUser | null> => getSessionUser(await headers()));

export async function requireUser(permission: Permission = "calls:read"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    if (!(await hasAnyUser())) redirect("/setup");
    redirect(loginHref((await headers()).get(REQUEST_PATH_HEADER)));
  }
  if (!can(user.role, permission)) forbidden();
  return user;
}
