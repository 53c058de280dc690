// The decision behind every page's session check, apart from Next.js's redirect and 403 calls, so
// that it can be tested on a real database: who is asking, and may they see this?
import "server-only";
import { REQUEST_PATH_HEADER } from "./headers";
import { loginHref } from "./next-path";
import { can, type Permission } from "./roles";
import { getSessionUser, type SessionUser } from "./session";
import { hasAnyUser } from "./users-exist";

export type Decision = { kind: "allowed"; user: SessionUser } | { kind: "redirect"; to: string } | { kind: "forbidden"; user: SessionUser };

export async function authorize(headers: Headers, permission: Permission, user?: SessionUser | null): Promise<Decision> {
  const found = user === undefined ? await getSessionUser(headers) : user;
  if (!found) {
    if (!(await hasAnyUser())) return { kind: "redirect", to: "/setup" };
    return { kind: "redirect", to: loginHref(headers.get(REQUEST_PATH_HEADER)) };
  }
  return can(found.role, permission) ? { kind: "allowed", user: found } : { kind: "forbidden", user: found };
}
