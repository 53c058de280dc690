import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { recordAuditEvent } from "./record-audit-event";

const origin = { ipAddress: "127.0.0.1", userAgent: "vitest" };

describe("the audit table", () => {
  it("takes new events", async () => {
    await recordAuditEvent({ action: "calls.exported", actor: { id: "u1", email: "a@example.test" }, origin, details: { rows: 3 } });
    expect(await getDb().auditEvent.count({ where: { actorId: "u1" } })).toBe(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE, whoever asks", async () => {
    await recordAuditEvent({ action: "auth.sign_in", actor: { id: "u2", email: "b@example.test" }, origin });
    await expect(getDb().$executeRaw`UPDATE audit_events SET action = 'x' WHERE actor_id = 'u2'`).rejects.toThrow(/append-only/);
    await expect(getDb().$executeRaw`DELETE FROM audit_events WHERE actor_id = 'u2'`).rejects.toThrow(/append-only/);
    await expect(getDb().$executeRaw`TRUNCATE audit_events`).rejects.toThrow(/append-only/);
    const row = await getDb().auditEvent.findFirst({ where: { actorId: "u2" } });
    expect(row?.action).toBe("auth.sign_in");
  });
});
