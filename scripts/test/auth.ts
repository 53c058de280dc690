// Accounts for tests: a user of each role, signed in through the real sign-in code, and the
// Cookie header of its session (what a browser would send).
import type { Role } from "@/lib/auth/roles";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { setUserActive } from "@/lib/users/update-user";
import { createUser } from "@/lib/users/create-user";

export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_ORIGIN = { ipAddress: "127.0.0.1", userAgent: "vitest" };
const SYSTEM = { id: null, email: null };

let counter = 0;

export type TestUser = { id: string; email: string; role: Role; cookie: string };

/** The Cookie request header for the session cookies a sign-in response sets. */
export function cookieHeader(setCookie: Headers): string {
  return setCookie
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
}

export async function signInAs(email: string, password = TEST_PASSWORD, address = "127.0.0.1"): Promise<string> {
  const headers = new Headers({ "x-forwarded-for": address, "user-agent": "vitest" });
  return cookieHeader(await signInWithPassword({ email, password }, headers));
}

export async function createTestUser(role: Role, { signedIn = true } = {}): Promise<TestUser> {
  counter += 1;
  const email = `${role}-${counter}-${process.pid}@example.test`;
  const { id } = await createUser({ email, password: TEST_PASSWORD, role }, { actor: SYSTEM, origin: TEST_ORIGIN });
  return { id, email, role, cookie: signedIn ? await signInAs(email) : "" };
}

/** A user who signed in and was then deactivated: their cookie must be refused. */
export async function createDeactivatedUser(role: Role = "manager"): Promise<TestUser> {
  const user = await createTestUser(role);
  await setUserActive(user.id, false, { actor: SYSTEM, origin: TEST_ORIGIN });
  return user;
}

export function withCookie(url: string, cookie: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("cookie", cookie);
  return new Request(url, { ...init, headers });
}
