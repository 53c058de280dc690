// The database down or stuck: 503 with Retry-After, nothing half-written, and the same delivery
// succeeds once it is back. The app reaches PostgreSQL through a proxy the test can cut.
import { afterAll, describe, expect, it } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { newMessageId } from "@/e2e/fixtures/sign-delivery";
import { startDatabaseProxy } from "@/lib/webhooks/levers/database-proxy";
import { findCall, lastDelivery, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
process.env.DATABASE_URL = proxy.url;
process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";
afterAll(() => proxy.close());

async function expectRetryLater(request: Request) {
  const started = Date.now();
  const response = await POST(request);
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await response.json()).error.code).toBe("storage_unavailable");
  return Date.now() - started;
}

describe("POST /api/webhooks/levers: database unavailable", () => {
  for (const mode of ["down", "hang"] as const) {
    it(`answers 503 + Retry-After when the database is ${mode === "down" ? "down" : "stuck"}, then takes the same delivery`, async () => {
      const payload = callPayload();
      const id = newMessageId();
      const timestamp = new Date();
      expect((await POST(webhookRequest({ payload: callPayload() }))).status).toBe(200); // the pool holds live connections

      await proxy.mode(mode);
      const elapsed = await expectRetryLater(webhookRequest({ payload, id, timestamp }));
      expect(elapsed).toBeLessThan(10_000); // well inside Svix's 30 s

      await proxy.mode("up");
      const retry = await POST(webhookRequest({ payload, id, timestamp }));
      expect(retry.status).toBe(200);
      expect((await retry.json()).result).toBe("created"); // the failed attempt left nothing behind
      expect(await findCall(String(payload.providerCallId))).not.toBeNull();
      expect(await lastDelivery()).toMatchObject({ svixId: id, result: "created" });
    });
  }

  it("answers 503 when the database stops answering in the middle of a connection", async () => {
    const payload = callPayload();
    const id = newMessageId();
    const timestamp = new Date();
    await proxy.mode("up");
    const warm = await Promise.all(Array.from({ length: 10 }, () => POST(webhookRequest({ payload: callPayload() })))); // fill the pool
    expect(warm.every((response) => response.status === 200)).toBe(true);
    proxy.stall();
    const elapsed = await expectRetryLater(webhookRequest({ payload, id, timestamp }));
    expect(elapsed).toBeLessThan(10_000);

    await proxy.mode("up");
    const retry = await POST(webhookRequest({ payload, id, timestamp }));
    expect(retry.status).toBe(200);
    expect(await findCall(String(payload.providerCallId))).not.toBeNull();
  });

  it("still answers a refusal when the database is down (its log is best effort)", async () => {
    await proxy.mode("down");
    const response = await POST(webhookRequest({ body: "not json" }));
    expect(response.status).toBe(400);
    await proxy.mode("up");
  });
});
