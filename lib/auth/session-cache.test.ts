import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setUserActive, setUserRole } from "@/lib/users/update-user";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { getRecentSessionUser, getSessionUser, revokeUserSessions } from "./session";
import { recentCheck, rememberCheck, SESSION_RECHECK_MS } from "./session-cache";
import { signOut } from "./sign-in";

const SYSTEM = { actor: { id: null, email: null }, origin: TEST_ORIGIN };

describe("recent session checks", () => {
  it("refuses a session deleted behind its back (another process, SQL) within SESSION_RECHECK_MS", async () => {
    const user = await createTestUser("agent");
    const headers = new Headers({ cookie: user.cookie });
    const now = Date.now();
    expect((await getRecentSessionUser(headers, new Date(now)))?.id).toBe(user.id);
    await getDb().session.deleteMany({ where: { userId: user.id } });
    // The row is gone: a fresh check refuses at once; the page check may reuse its answer, but
    // only inside the stated bound.
    expect(await getSessionUser(headers)).toBeNull();
    expect((await getRecentSessionUser(headers, new Date(now + SESSION_RECHECK_MS - 100)))?.id).toBe(user.id);
    expect(await getRecentSessionUser(headers, new Date(now + SESSION_RECHECK_MS))).toBeNull();
    expect(await getRecentSessionUser(headers, new Date(now + 1))).toBeNull();
  });

  it("refuses a user deactivated behind its back (SQL) within SESSION_RECHECK_MS", async () => {
    const user = await createTestUser("manager");
    const headers = new Headers({ cookie: user.cookie });
    const now = Date.now();
    expect(await getRecentSessionUser(headers, new Date(now))).not.toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getRecentSessionUser(headers, new Date(now + SESSION_RECHECK_MS))).toBeNull();
  });

  it("sees a revocation, a deactivation, a role change and a sign-out made in this process at once", async () => {
    const revoked = await createTestUser("agent");
    const deactivated = await createTestUser("agent");
    const promoted = await createTestUser("agent");
    const signedOut = await createTestUser("agent");
    const all = [revoked, deactivated, promoted, signedOut];
    for (const user of all) expect((await getRecentSessionUser(new Headers({ cookie: user.cookie })))?.role).toBe("agent");

    await revokeUserSessions(revoked.id);
    await setUserActive(deactivated.id, false, SYSTEM);
    await setUserRole(promoted.id, "manager", SYSTEM);
    await signOut(new Headers({ cookie: signedOut.cookie }));

    expect(await getRecentSessionUser(new Headers({ cookie: revoked.cookie }))).toBeNull();
    expect(await getRecentSessionUser(new Headers({ cookie: deactivated.cookie }))).toBeNull();
    expect((await getRecentSessionUser(new Headers({ cookie: promoted.cookie })))?.role).toBe("manager");
    expect(await getRecentSessionUser(new Headers({ cookie: signedOut.cookie }))).toBeNull();
  });

  it("answers null without a cookie, and never reuses another cookie's check", async () => {
    const user = await createTestUser("agent");
    expect(await getRecentSessionUser(new Headers())).toBeNull();
    await getRecentSessionUser(new Headers({ cookie: user.cookie }));
    expect(await getRecentSessionUser(new Headers({ cookie: `${user.cookie}x` }))).toBeNull();
  });

  it("drops a remembered check past the session's absolute or idle expiry", () => {
    const now = 1_000_000;
    const checked = { user: "u", sessionId: "s", userId: "u", expiresAt: now + 1000, updatedAt: now - 500 };
    rememberCheck("k1", checked, now);
    expect(recentCheck("k1", 10_000, now + 999)).not.toBeNull();
    expect(recentCheck("k1", 10_000, now + 1000)).toBeNull();
    rememberCheck("k2", checked, now);
    expect(recentCheck("k2", 1000, now + 400)).not.toBeNull();
    expect(recentCheck("k2", 1000, now + 600)).toBeNull();
  });
});
