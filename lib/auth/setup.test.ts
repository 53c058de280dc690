import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { createFirstAdmin } from "./setup";
import { getSessionUser } from "./session";

const form = (email: string) => ({ email, password: "a long enough password", confirmPassword: "a long enough password" });
const headers = () => new Headers({ "x-forwarded-for": "127.0.0.1" });

describe("/setup: the first admin", () => {
  it("refuses two different passwords and a short one, creating nobody", async () => {
    await expect(createFirstAdmin({ ...form("x@example.test"), confirmPassword: "something else!" }, headers())).rejects.toThrow(/differ/);
    await expect(createFirstAdmin({ email: "x@example.test", password: "short", confirmPassword: "short" }, headers())).rejects.toThrow(/12 characters/);
    expect(await getDb().user.count()).toBe(0);
  });

  it("lets exactly one of two racing browsers create an admin, who is signed in", async () => {
    const results = await Promise.allSettled([createFirstAdmin(form("first@example.test"), headers()), createFirstAdmin(form("second@example.test"), headers())]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ApiError);
    expect((lost[0]!.reason as ApiError).code).toBe("setup_closed");
    const users = await getDb().user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]!.role).toBe("admin");
    const cookie = won[0]!.value.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    expect(await getSessionUser(new Headers({ cookie }))).toMatchObject({ role: "admin", email: users[0]!.email });
    expect(await getDb().auditEvent.count({ where: { action: "setup.first_admin_created" } })).toBe(1);
  });

  it("is closed once a user exists", async () => {
    await expect(createFirstAdmin(form("third@example.test"), headers())).rejects.toMatchObject({ status: 409, code: "setup_closed" });
  });
});
