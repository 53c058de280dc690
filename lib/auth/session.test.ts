import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestUser } from "@/scripts/test/auth";
import { getSessionUser } from "./session";
import { authSettings } from "./settings";

describe("session expiry", () => {
  it("ends a session idle for longer than SESSION_IDLE_HOURS, and keeps an active one alive", async () => {
    const user = await createTestUser("agent");
    const headers = new Headers({ cookie: user.cookie });
    const idle = authSettings().idleSeconds * 1000;
    const session = await getDb().session.findFirstOrThrow({ where: { userId: user.id } });
    // Active a minute short of the limit: allowed, and the activity is written.
    await getDb().session.update({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - idle + 60_000) } });
    expect(await getSessionUser(headers)).not.toBeNull();
    const touched = await getDb().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(Date.now() - touched.updatedAt.getTime()).toBeLessThan(5_000);
    // Idle past the limit: refused, and the session row is gone.
    await getDb().session.update({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - idle - 1000) } });
    expect(await getSessionUser(headers)).toBeNull();
    expect(await getDb().session.count({ where: { id: session.id } })).toBe(0);
  });

  it("ends a session past its absolute lifetime (SESSION_MAX_AGE_HOURS), however active", async () => {
    const user = await createTestUser("agent");
    const session = await getDb().session.findFirstOrThrow({ where: { userId: user.id } });
    const lifetime = session.expiresAt.getTime() - session.createdAt.getTime();
    expect(Math.abs(lifetime - authSettings().maxAgeSeconds * 1000)).toBeLessThan(1000);
    await getDb().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSessionUser(new Headers({ cookie: user.cookie }))).toBeNull();
  });
});
