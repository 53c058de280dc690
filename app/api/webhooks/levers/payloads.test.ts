// What the route accepts and refuses as a payload, and what it stores.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CONTRACT_EXAMPLE, callPayload, envelope } from "@/e2e/fixtures/payloads";
import { getDb } from "@/lib/db";
import { BODY_EXCERPT_CHARS } from "@/lib/webhooks/levers/deliveries";
import { OVERSIZE_READ_FACTOR } from "@/lib/webhooks/levers/read-body";
import { countCalls, findCall, lastDelivery, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";
process.env.WEBHOOK_MAX_BODY_BYTES = "4096";

async function expectNoCallWritten<T>(send: () => Promise<T>): Promise<T> {
  const before = await countCalls();
  const result = await send();
  expect(await countCalls()).toBe(before);
  return result;
}

describe("POST /api/webhooks/levers: payloads", () => {
  it("stores the contract's flat example field by field, with the raw body byte for byte", async () => {
    const body = JSON.stringify({ ...CONTRACT_EXAMPLE, unknownField: { kept: true } }, null, 2);
    const timestamp = new Date(Math.floor(Date.now() / 1000) * 1000);
    const response = await POST(webhookRequest({ body, timestamp, headers: { "content-length": String(Buffer.byteLength(body)) } }));
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ received: true, result: "created" });
    const call = await findCall(CONTRACT_EXAMPLE.providerCallId);
    expect(call).toMatchObject({
      id: answer.callId,
      numberFrom: "+15074106928",
      numberTo: "+971585420805",
      providerStatus: "pass",
      deliveryStatus: "pass",
      durationSeconds: 53,
      summary: null,
      endedReason: null,
      callOutput: "CALL_RESULT",
      outcomeKey: "call_result",
      sentimentOutput: "NEUTRAL",
      sentimentKey: "neutral",
      recordingUrl: CONTRACT_EXAMPLE.recordingUrl,
      metadata: CONTRACT_EXAMPLE.metadata,
      projectId: "proj_123",
      rawBody: body,
      endedAt: timestamp,
      eventAt: timestamp,
    });
    expect(await lastDelivery()).toMatchObject({ result: "created", statusCode: 200, callId: answer.callId, bodyBytes: Buffer.byteLength(body) });
  });

  it("accepts the { type, data } envelope", async () => {
    const data = callPayload({ callOutput: "PAYMENT PROMISE" });
    const response = await POST(webhookRequest({ payload: envelope(data) }));
    expect(response.status).toBe(200);
    expect(await findCall(String(data.providerCallId))).toMatchObject({ callOutput: "PAYMENT PROMISE", outcomeKey: "payment_promise" });
  });

  it("keeps an undocumented outcome as sent", async () => {
    const data = callPayload({ callOutput: "LEFT VOICEMAIL", sentimentOutput: "CONFUSED", providerStatus: "busy" });
    expect((await POST(webhookRequest({ payload: data }))).status).toBe(200);
    expect(await findCall(String(data.providerCallId))).toMatchObject({ callOutput: "LEFT VOICEMAIL", outcomeKey: "left_voicemail", sentimentKey: "confused", providerStatus: "busy" });
  });

  it("stores a call whose numbers are too long for an index entry, bounded, with the whole in the raw body", async () => {
    // 1,500 characters each, random so PostgreSQL cannot compress them: together past a btree
    // entry's 2,704 bytes (calls_phone_analytics_idx holds both).
    const [to, from] = [`+971${randomBytes(1122).toString("base64")}`, `+1${randomBytes(1124).toString("base64")}`];
    const data = callPayload({ numberTo: to, numberFrom: from });
    const body = JSON.stringify(data);
    const response = await POST(webhookRequest({ body }));
    expect(response.status).toBe(200);
    const call = await findCall(String(data.providerCallId));
    for (const [stored, sent] of [[call?.numberTo, to], [call?.numberFrom, from]]) {
      expect(stored?.slice(0, 15)).toBe(sent?.slice(0, 15));
      expect(stored?.slice(15)).toMatch(/^…[0-9a-f]{24}$/);
    }
    expect(call?.rawBody).toBe(body);
  });

  it("groups lower-case and underscore spellings with their documented twin", async () => {
    const spellings = ["PAYMENT PROMISE", "payment promise", "PAYMENT_PROMISE", "Payment_Promise"];
    const projectId = "proj_spellings";
    for (const callOutput of spellings) {
      const payload = callPayload({ callOutput, metadata: { requestMetadata: { project_id: projectId } } });
      expect((await POST(webhookRequest({ payload }))).status).toBe(200);
    }
    const grouped = await getDb().call.groupBy({ by: ["outcomeKey"], where: { projectId }, _count: true });
    expect(grouped).toEqual([{ outcomeKey: "payment_promise", _count: spellings.length }]);
  });

  it("accepts null and missing optional fields", async () => {
    const data = { providerCallId: "only-the-id", summary: null, endedReason: null, duration: null };
    expect((await POST(webhookRequest({ payload: data }))).status).toBe(200);
    expect(await findCall("only-the-id")).toMatchObject({ summary: null, endedReason: null, durationSeconds: null, callOutput: null, metadata: null, projectId: null });
  });

  const invalid: [string, string, number, string, string[]][] = [
    ["not JSON", "{\"providerCallId\": ", 400, "invalid_json", ["(body)"]],
    ["a JSON array", "[1, 2]", 422, "invalid_payload", ["(body)"]],
    ["no providerCallId", JSON.stringify({ ...CONTRACT_EXAMPLE, providerCallId: undefined }), 422, "invalid_payload", ["providerCallId"]],
    ["an empty providerCallId", JSON.stringify(callPayload({ providerCallId: "" })), 422, "invalid_payload", ["providerCallId"]],
    ["wrong types", JSON.stringify(callPayload({ duration: "long", numberTo: 42, metadata: "x" })), 422, "invalid_payload", ["numberTo", "duration", "metadata"]],
    ["an envelope with a bad field", JSON.stringify(envelope({ providerCallId: 7 })), 422, "invalid_payload", ["data.providerCallId"]],
  ];
  for (const [name, body, status, code, fields] of invalid) {
    it(`refuses ${name} with ${status}, naming each bad field, writing no call`, async () => {
      const response = await expectNoCallWritten(() => POST(webhookRequest({ body })));
      expect(response.status).toBe(status);
      const answer = await response.json();
      expect(answer.error.code).toBe(code);
      expect(answer.error.issues.map((issue: { field: string }) => issue.field).sort()).toEqual([...fields].sort());
      expect(await lastDelivery()).toMatchObject({ statusCode: status, result: "rejected", bodyExcerpt: body });
    });
  }

  it("keeps only a bounded excerpt of a refused body", async () => {
    const body = JSON.stringify({ providerCallId: 12, padding: "x".repeat(3000) });
    expect((await POST(webhookRequest({ body }))).status).toBe(422);
    const logged = await lastDelivery();
    expect(logged?.bodyExcerpt).toBe(body.slice(0, BODY_EXCERPT_CHARS));
    expect(logged?.bodyBytes).toBe(body.length);
  });

  it("acknowledges an event type it does not handle, and logs it", async () => {
    const response = await expectNoCallWritten(() => POST(webhookRequest({ payload: envelope({ id: "x" }, "phone_call.started") })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ignored: true });
    expect(await lastDelivery()).toMatchObject({ result: "ignored", eventType: "phone_call.started", statusCode: 200 });
  });

  it("refuses a body over WEBHOOK_MAX_BODY_BYTES with 413, from Content-Length or while streaming", async () => {
    const big = JSON.stringify(callPayload({ transcription: "AI: hello\n".repeat(1000) }));
    const declared = await expectNoCallWritten(() => POST(webhookRequest({ body: big, headers: { "content-length": String(Buffer.byteLength(big)) } })));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "payload_too_large", maxBytes: 4096 });

    // No Content-Length: a stream that would never end; the route must stop reading at twice the
    // limit (what it reads to verify an oversized body's signature, read-body.ts).
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const signed = webhookRequest({ body: "{}" });
    const streamed = new Request(signed.url, { method: "POST", headers: signed.headers, body: endless, duplex: "half" } as RequestInit);
    const response = await expectNoCallWritten(() => POST(streamed));
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(OVERSIZE_READ_FACTOR * 4096 + 3 * 1024);
    expect(await lastDelivery()).toMatchObject({ statusCode: 413, result: "rejected" });
  });
});
