import { describe, expect, it } from "vitest";
import { createTestUser, signInAs, TEST_PASSWORD } from "@/scripts/test/auth";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { getSessionUser } from "./session";
import { signInWithPassword } from "./sign-in";

const headersFrom = (address: string) => new Headers({ "x-forwarded-for": address, "user-agent": "vitest" });

async function attempt(email: string, password: string, address: string): Promise<number> {
  try {
    await signInWithPassword({ email, password }, headersFrom(address));
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe("signing in", () => {
  it("gives a session cookie that identifies the user, and records the sign-in", async () => {
    const user = await createTestUser("agent");
    const found = await getSessionUser(new Headers({ cookie: user.cookie }));
    expect(found).toMatchObject({ id: user.id, email: user.email, role: "agent" });
    const events = await getDb().auditEvent.findMany({ where: { actorId: user.id, action: "auth.sign_in" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.ipAddress).toBe("127.0.0.1");
    const stored = await getDb().user.findUnique({ where: { id: user.id } });
    expect(stored!.lastSignInAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password with 401 and never stores the password anywhere readable", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    expect(await attempt(user.email, "wrong password!!", "10.0.0.1")).toBe(401);
    const account = await getDb().account.findFirst({ where: { userId: user.id } });
    expect(account!.password).not.toContain(TEST_PASSWORD);
    const events = await getDb().auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorEmail: user.email } });
    expect(JSON.stringify(events.map((event) => event.details))).not.toContain("wrong password");
    expect(events).toHaveLength(1);
  });

  it("treats an unknown email exactly like a wrong password", async () => {
    expect(await attempt("nobody@example.test", "whatever-password", "10.0.0.2")).toBe(401);
  });

  it("accepts the email in any case", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    expect(await signInAs(user.email.toUpperCase())).toContain("session_token=");
  });

  it("refuses a cookie that was tampered with", async () => {
    const user = await createTestUser("agent");
    const tampered = user.cookie.replace(/session_token=([^.;]+)/, "session_token=$1x");
    expect(await getSessionUser(new Headers({ cookie: tampered }))).toBeNull();
  });
});
