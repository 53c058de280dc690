// Retries, concurrent copies and later deliveries for the same call.
import { beforeEach, describe, expect, it } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { newMessageId } from "@/e2e/fixtures/sign-delivery";
import { getDb } from "@/lib/db";
import { findCall, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";

// Whole seconds (svix timestamps have no finer grain) around a start fixed per test, so a second
// boundary passing mid-test cannot shift the expectations.
const clockFrom = (start = Math.floor(Date.now() / 1000)) => (offset: number) => new Date((start + offset) * 1000);
let seconds = clockFrom();
beforeEach(() => {
  seconds = clockFrom();
});
const deliveriesOf = (svixId: string) => getDb().webhookDelivery.findMany({ where: { svixId }, orderBy: { id: "asc" } });

async function send(payload: Record<string, unknown>, id: string, timestamp = seconds(0)) {
  const response = await POST(webhookRequest({ payload, id, timestamp }));
  return { status: response.status, body: await response.json() };
}

describe("POST /api/webhooks/levers: idempotency and ordering", () => {
  it("answers a retry of the same svix-id with 2xx and changes nothing", async () => {
    const payload = callPayload();
    const id = newMessageId();
    const first = await send(payload, id);
    const stored = await findCall(String(payload.providerCallId));
    const retry = await send({ ...payload, summary: "a retry must not change anything" }, id);
    expect(first).toMatchObject({ status: 200, body: { result: "created" } });
    expect(retry).toMatchObject({ status: 200, body: { result: "duplicate", callId: first.body.callId } });
    expect(await findCall(String(payload.providerCallId))).toEqual(stored);
    expect((await deliveriesOf(id)).map((row) => row.result)).toEqual(["created", "duplicate"]);
  });

  it("leaves exactly one call when 50 copies of one delivery arrive at once", async () => {
    const payload = callPayload();
    const id = newMessageId();
    const timestamp = seconds(0);
    const responses = await Promise.all(Array.from({ length: 50 }, () => POST(webhookRequest({ payload, id, timestamp }))));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    expect(await getDb().call.count({ where: { providerCallId: String(payload.providerCallId) } })).toBe(1);
    expect(await getDb().webhookMessage.count({ where: { svixId: id } })).toBe(1);
    const results = (await deliveriesOf(id)).map((row) => row.result).sort();
    expect(results).toEqual(["created", ...Array(49).fill("duplicate")]);
  });

  it("creates one call when deliveries with different svix-ids for a new call race", async () => {
    const payload = callPayload();
    const timestamp = seconds(0);
    const responses = await Promise.all(Array.from({ length: 20 }, () => POST(webhookRequest({ payload, timestamp }))));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    const call = await findCall(String(payload.providerCallId));
    const messages = await getDb().webhookMessage.findMany({ where: { callId: call?.id } });
    expect(messages).toHaveLength(20);
  });

  it("updates the call with a newer delivery and keeps the earliest time as its end", async () => {
    const payload = callPayload({ callOutput: "CALL BACK REQUESTED" });
    const first = await send(payload, newMessageId(), seconds(-60));
    const second = await send({ ...payload, callOutput: "PAYMENT PROMISE", summary: "Promised on Friday" }, newMessageId(), seconds(0));
    expect(second.body).toEqual({ received: true, result: "updated", callId: first.body.callId });
    expect(await findCall(String(payload.providerCallId))).toMatchObject({
      callOutput: "PAYMENT PROMISE",
      outcomeKey: "payment_promise",
      summary: "Promised on Friday",
      endedAt: seconds(-60),
      eventAt: seconds(0),
    });
  });

  it("never lets a late, older delivery overwrite a newer one", async () => {
    const payload = callPayload({ callOutput: "PAYMENT COMPLETED" });
    await send(payload, newMessageId(), seconds(0));
    const late = await send({ ...payload, callOutput: "PAYMENT PROMISE" }, newMessageId(), seconds(-120));
    expect(late).toMatchObject({ status: 200, body: { result: "stale" } });
    const call = await findCall(String(payload.providerCallId));
    expect(call).toMatchObject({ callOutput: "PAYMENT COMPLETED", eventAt: seconds(0), endedAt: seconds(-120) });
    expect(call?.rawBody).toContain("PAYMENT COMPLETED");
    const logged = await getDb().webhookDelivery.findFirst({ where: { callId: call?.id, result: "stale" } });
    expect(logged?.reason).toMatch(/older than the stored version/);
  });

  it("lets the later arrival win when two deliveries carry the same timestamp", async () => {
    const payload = callPayload({ callOutput: "NOT INTERESTED" });
    const timestamp = seconds(0);
    await send(payload, newMessageId(), timestamp);
    const later = await send({ ...payload, callOutput: "WRONG NUMBER" }, newMessageId(), timestamp);
    expect(later.body.result).toBe("updated");
    expect(await findCall(String(payload.providerCallId))).toMatchObject({ callOutput: "WRONG NUMBER" });
  });
});
