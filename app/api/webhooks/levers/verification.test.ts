// Signature verification, as Svix and Levers document it, through the route's own POST.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { countCalls, lastDelivery, TEST_SECRET, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

// The contract's test vector (levers-webhooks.md), which only verifies with the clock at its timestamp.
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: "1614265330",
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const OLD_SECRET = "whsec_b2xkLXNlY3JldC1iZWZvcmUtcm90YXRpb24=";
const UNKNOWN_SECRET = "whsec_bm90LWNvbmZpZ3VyZWQtYW55d2hlcmU=";
process.env.LEVERS_WEBHOOK_SECRET = `${OLD_SECRET},${TEST_SECRET} ${VECTOR.secret}`;

let callsBefore = 0;
beforeEach(async () => {
  callsBefore = await countCalls();
});
afterEach(() => vi.useRealTimers());

async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(await countCalls()).toBe(callsBefore);
  const logged = await lastDelivery();
  expect(logged).toMatchObject({ statusCode: status, result: "rejected" });
  expect(logged?.reason).toBe(body.error.message);
  return body;
}

describe("POST /api/webhooks/levers: signatures", () => {
  it("verifies the contract's test vector with the clock frozen at its timestamp", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Number(VECTOR.timestamp) * 1000 });
    const request = new Request("http://localhost/api/webhooks/levers", {
      method: "POST",
      headers: { "svix-id": VECTOR.id, "svix-timestamp": VECTOR.timestamp, "svix-signature": VECTOR.signature },
      body: VECTOR.body,
    });
    // Verified, then refused as a payload: it names the missing providerCallId, not the signature.
    const body = await expectRefused(await POST(request), 422, "invalid_payload");
    expect(body.error.issues).toEqual([expect.objectContaining({ field: "providerCallId" })]);
  });

  it("refuses the same test vector at today's time (a replay)", async () => {
    const request = new Request("http://localhost/api/webhooks/levers", {
      method: "POST",
      headers: { "svix-id": VECTOR.id, "svix-timestamp": VECTOR.timestamp, "svix-signature": VECTOR.signature },
      body: VECTOR.body,
    });
    await expectRefused(await POST(request), 401, "timestamp_out_of_tolerance");
  });

  for (const header of ["svix-id", "svix-timestamp", "svix-signature"]) {
    it(`refuses a delivery without ${header}, naming it`, async () => {
      const response = await POST(webhookRequest({ payload: callPayload(), headers: { [header]: null } }));
      const body = await expectRefused(response, 401, "missing_signature_headers");
      expect(body.error.missing).toEqual([header]);
    });
  }

  it("accepts a signature list where only the last entry is valid", async () => {
    const extraSignatures = ["v1,bm90LXRoZS1yaWdodC1zaWduYXR1cmUtYXQtYWxsLWZvci10aGlzLWJvZHk=", "v2,c29tZXRoaW5nLWVsc2U="];
    const response = await POST(webhookRequest({ payload: callPayload(), extraSignatures }));
    expect(response.status).toBe(200);
    expect(await countCalls()).toBe(callsBefore + 1);
  });

  it("refuses a body with one byte changed after signing", async () => {
    const payload = callPayload();
    const signed = webhookRequest({ payload });
    const tampered = JSON.stringify(payload).replace('"duration":53', '"duration":54');
    const request = new Request(signed.url, { method: "POST", headers: signed.headers, body: tampered });
    await expectRefused(await POST(request), 401, "invalid_signature");
  });

  for (const [direction, offset] of [["past", -301], ["future", 301]] as const) {
    it(`refuses a timestamp 5 min + 1 s in the ${direction}`, async () => {
      const timestamp = new Date(Date.now() + offset * 1000);
      const body = await expectRefused(await POST(webhookRequest({ payload: callPayload(), timestamp })), 401, "timestamp_out_of_tolerance");
      expect(body.error.message).toContain(direction);
    });
  }

  it("accepts a timestamp 4 min 59 s old", async () => {
    const response = await POST(webhookRequest({ payload: callPayload(), timestamp: new Date(Date.now() - 299_000) }));
    expect(response.status).toBe(200);
  });

  it("accepts every configured secret during a rotation, and no other", async () => {
    expect((await POST(webhookRequest({ payload: callPayload(), secret: OLD_SECRET }))).status).toBe(200);
    expect((await POST(webhookRequest({ payload: callPayload(), secret: TEST_SECRET }))).status).toBe(200);
    const before = await countCalls();
    const response = await POST(webhookRequest({ payload: callPayload(), secret: UNKNOWN_SECRET }));
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("invalid_signature");
    expect(await countCalls()).toBe(before);
  });
});
