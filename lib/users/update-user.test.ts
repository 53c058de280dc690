import { describe, expect, it } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { createTestUser, signInAs, TEST_ORIGIN } from "@/scripts/test/auth";
import { createUser } from "./create-user";
import { setUserActive, setUserPassword, setUserRole } from "./update-user";

const by = (user: { id: string; email: string }) => ({ actor: { id: user.id, email: user.email }, origin: TEST_ORIGIN });
const sessionOf = (cookie: string) => getSessionUser(new Headers({ cookie }));

describe("an admin's changes to users", () => {
  it("deactivation refuses the user's session from the next request on, and reactivation lets them sign in again", async () => {
    const admin = await createTestUser("admin");
    const agent = await createTestUser("agent");
    expect(await sessionOf(agent.cookie)).not.toBeNull();
    await setUserActive(agent.id, false, by(admin));
    expect(await sessionOf(agent.cookie)).toBeNull();
    await expect(signInAs(agent.email)).rejects.toMatchObject({ status: 403, code: "account_deactivated" });
    await setUserActive(agent.id, true, by(admin));
    expect(await sessionOf(await signInAs(agent.email))).toMatchObject({ id: agent.id });
    const actions = (await getDb().auditEvent.findMany({ where: { targetId: agent.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.created", "user.deactivated", "user.reactivated"]);
  });

  it("changes a role, with the old and new role in the audit trail", async () => {
    const admin = await createTestUser("admin");
    const agent = await createTestUser("agent");
    await setUserRole(agent.id, "manager", by(admin));
    expect(await sessionOf(agent.cookie)).toMatchObject({ role: "manager" });
    const event = await getDb().auditEvent.findFirst({ where: { action: "user.role_changed", targetId: agent.id } });
    expect(event?.details).toMatchObject({ from: "agent", to: "manager" });
    await expect(setUserRole(agent.id, "owner", by(admin))).rejects.toThrow(/expected one of agent, manager, admin/);
  });

  it("never demotes or deactivates the last active admin", async () => {
    await getDb().user.updateMany({ where: { role: "admin" }, data: { role: "manager" } });
    const admin = await createTestUser("admin");
    await expect(setUserRole(admin.id, "agent", by(admin))).rejects.toMatchObject({ status: 409 });
    await expect(setUserActive(admin.id, false, by(admin))).rejects.toMatchObject({ status: 409 });
    const second = await createTestUser("admin");
    await setUserRole(admin.id, "agent", by(second));
    expect((await getDb().user.findUnique({ where: { id: admin.id } }))?.role).toBe("agent");
  });

  it("a new password works, the old one no longer does, and every session ends", async () => {
    const admin = await createTestUser("admin");
    const agent = await createTestUser("agent");
    await setUserPassword(agent.id, "a brand new password", by(admin));
    expect(await sessionOf(agent.cookie)).toBeNull();
    await expect(signInAs(agent.email)).rejects.toMatchObject({ status: 401 });
    expect(await sessionOf(await signInAs(agent.email, "a brand new password"))).toMatchObject({ id: agent.id });
    await expect(setUserPassword(agent.id, "too short", by(admin))).rejects.toThrow(/12 characters/);
  });

  it("refuses a second user with the same email, in any case", async () => {
    const agent = await createTestUser("agent");
    await expect(createUser({ email: agent.email.toUpperCase(), password: "another long password", role: "agent" }, by(agent))).rejects.toMatchObject({ status: 409 });
  });
});
