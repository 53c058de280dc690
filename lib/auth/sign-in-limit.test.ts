import { describe, expect, it } from "vitest";
import { createTestUser } from "@/scripts/test/auth";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { signInWithPassword } from "./sign-in";
import { SIGN_IN_WINDOW_MS } from "./sign-in-limit";

async function attempt(email: string, password: string, address: string, now: Date): Promise<ApiError | "ok"> {
  try {
    await signInWithPassword({ email, password }, new Headers({ "x-forwarded-for": address }), now);
    return "ok";
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

const status = (result: ApiError | "ok") => (result === "ok" ? 200 : result.status);

describe("failed sign-in limits", () => {
  it("locks an email after 5 failures in 15 minutes, even for the right password, until the window passes", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    const start = new Date(Date.now() - 60_000);
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    for (let i = 0; i < 4; i++) expect(status(await attempt(user.email, "not the password", `10.1.0.${i}`, at(i)))).toBe(401);
    const fifth = await attempt(user.email, "not the password", "10.1.0.9", at(5));
    expect(status(fifth)).toBe(429);
    const locked = await attempt(user.email, "correct horse battery staple", "10.1.0.10", at(6));
    expect(status(locked)).toBe(429);
    expect(locked !== "ok" && locked.message).toMatch(/Try again in 15 minutes/);
    expect(locked !== "ok" && locked.headers["Retry-After"]).toBe(String(SIGN_IN_WINDOW_MS / 1000 - 6));
    const lockouts = await getDb().auditEvent.count({ where: { action: "auth.lockout", actorEmail: user.email } });
    expect(lockouts).toBe(1);
    // The first failure leaves the window 15 minutes after it: then 4 remain and the right password works.
    expect(await attempt(user.email, "correct horse battery staple", "10.1.0.11", at(SIGN_IN_WINDOW_MS / 1000 + 1))).toBe("ok");
  });

  it("answers an unknown email exactly as a known one: 401 four times, then 429", async () => {
    const now = new Date();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(status(await attempt("ghost@example.test", "some password", `10.2.0.${i}`, now)));
    expect(results).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it("locks an address after 20 failures across emails", async () => {
    const user = await createTestUser("agent", { signedIn: false });
    const now = new Date();
    for (let i = 0; i < 19; i++) expect(status(await attempt(`spray-${i}@example.test`, "guess", "10.3.0.1", now))).toBe(401);
    expect(status(await attempt("spray-last@example.test", "guess", "10.3.0.1", now))).toBe(429);
    expect(status(await attempt(user.email, "correct horse battery staple", "10.3.0.1", now))).toBe(429);
    expect(await attempt(user.email, "correct horse battery staple", "10.3.0.2", now)).toBe("ok");
  });
});
