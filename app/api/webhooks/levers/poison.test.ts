// Validly signed deliveries whose content PostgreSQL, an index or the parser could choke on: each is
// stored (its text made storable, the raw body kept byte for byte) or refused with a 4xx and a reason.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { getDb, getPool } from "@/lib/db";
import { findCall, lastDelivery, signedBytesRequest, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";

/** Sends `body` exactly as written (escapes such as \ud800 stay escapes), expects 200, returns the call. */
async function storeRaw(body: string, providerCallId: string) {
  const response = await POST(webhookRequest({ body }));
  expect(response.status, await response.clone().text()).toBe(200);
  const call = await findCall(providerCallId);
  expect(call?.rawBody).toBe(body);
  return call!;
}

/** Incompressible text, so a btree cannot squeeze it under its row size limit. */
const noise = (chars: number) => randomBytes(chars).toString("base64").slice(0, chars);

describe("POST /api/webhooks/levers: poison deliveries", () => {
  it("stores a lone surrogate in a metadata value and key as U+FFFD, keeping the raw body", async () => {
    const id = "lone-surrogate";
    const body = `{"providerCallId":"${id}","metadata":{"requestMetadata":{"project_id":"p\\ud800","k\\udc00ey":"v\\ud83d"}}}`;
    const call = await storeRaw(body, id);
    expect(call.metadata).toEqual({ requestMetadata: { project_id: "p\ufffd", "k\ufffdey": "v\ufffd" } });
    expect(call.projectId).toBe("p\ufffd");
  });

  it("removes NUL from a metadata value and key, the summary and the transcript, keeping the raw body", async () => {
    const id = "nul-everywhere";
    const body = `{"providerCallId":"${id}","summary":"a\\u0000b","transcription":"AI: hi\\u0000there","metadata":{"requestMetadata":{"ke\\u0000y":"va\\u0000lue"}}}`;
    const call = await storeRaw(body, id);
    expect(call).toMatchObject({ summary: "ab", transcription: "AI: hithere", metadata: { requestMetadata: { key: "value" } } });
  });

  it("stores 3,000-character outcome, sentiment, statuses and project id whole, with bounded index keys", async () => {
    // Build the analytics roll-up first, so the trigger writes these labels into its key too.
    await getDb().callDayCubeZone.update({ where: { id: 1 }, data: { timeZone: "UTC", builtAt: new Date() } });
    const [outcome, sentiment, providerStatus, deliveryStatus, project] = [1, 2, 3, 4, 5].map(() => noise(3000));
    const payload = callPayload({ callOutput: outcome, sentimentOutput: sentiment, providerStatus, deliveryStatus, metadata: { requestMetadata: { project_id: project } } });
    const response = await POST(webhookRequest({ payload }));
    expect(response.status, await response.clone().text()).toBe(200);
    const call = (await findCall(String(payload.providerCallId)))!;
    expect(call).toMatchObject({ callOutput: outcome, sentimentOutput: sentiment, metadata: payload.metadata, fullLabels: { providerStatus, deliveryStatus } });
    for (const key of [call.outcomeKey, call.sentimentKey, call.projectId, call.providerStatus, call.deliveryStatus]) {
      expect(key!.length).toBeLessThanOrEqual(128);
    }
    expect(call.providerStatus!.startsWith(providerStatus!.slice(0, 64))).toBe(true);
    const cube = await getDb().callDayCube.findMany({ where: { projectId: call.projectId! } });
    expect(cube).toHaveLength(1);
  });

  it("stores a 900 KB transcript of distinct words whole and indexes its first part for search", async () => {
    const words: string[] = [];
    for (let length = 0; length < 900_000; length += words.at(-1)!.length + 1) words.push(`w${words.length.toString(36)}x${(words.length * 7919).toString(36)}`);
    const transcription = words.join(" ");
    const payload = callPayload({ transcription });
    const response = await POST(webhookRequest({ payload }));
    expect(response.status, await response.clone().text()).toBe(200);
    const call = (await findCall(String(payload.providerCallId)))!;
    expect(call.transcription).toBe(transcription);
    const { rows } = await getPool().query("SELECT count(*)::int AS n FROM calls WHERE search_vector @@ to_tsquery('english', $1)", [words[10]]);
    expect(rows[0].n).toBe(1);
  });

  it("refuses metadata nested 10,000 deep with 422 and a reason, before anything recurses", async () => {
    const depth = 10_000;
    const body = `{"providerCallId":"deep","metadata":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
    const response = await POST(webhookRequest({ body }));
    expect(response.status).toBe(422);
    const answer = await response.json();
    expect(answer.error.code).toBe("nesting_too_deep");
    expect(answer.error.message).toMatch(/64/);
    expect(await lastDelivery()).toMatchObject({ statusCode: 422, deadLetter: "open", errorCode: "nesting_too_deep" });
  });

  it("accepts metadata nested 60 deep", async () => {
    const payload = callPayload();
    const body = JSON.stringify(payload).replace(/}$/, `,"deep":${'{"a":'.repeat(60)}1${"}".repeat(60)}}`);
    expect((await POST(webhookRequest({ body }))).status).toBe(200);
  });

  it("refuses a 3,000-character svix-id with 400 and a reason", async () => {
    const response = await POST(webhookRequest({ payload: callPayload(), id: `msg_${"x".repeat(2996)}` }));
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.error.code).toBe("invalid_svix_id");
    expect(answer.error.message).toMatch(/256/);
    const logged = await lastDelivery();
    expect(logged).toMatchObject({ statusCode: 400, deadLetter: "open", errorCode: "invalid_svix_id" });
    expect(logged!.svixId!.length).toBeLessThanOrEqual(256);
  });

  it("verifies a body that starts with a UTF-8 BOM on its bytes, stores the call and keeps the BOM", async () => {
    const payload = callPayload();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(payload))]);
    const response = await POST(signedBytesRequest(bytes));
    expect(response.status, await response.clone().text()).toBe(200);
    const call = (await findCall(String(payload.providerCallId)))!;
    expect(Buffer.from(call.rawBody, "utf8").equals(bytes) || Buffer.from(call.rawBodyBytes!).equals(bytes)).toBe(true);
  });

  it("verifies a body with invalid UTF-8 on its bytes, stores the text with U+FFFD and keeps the bytes", async () => {
    const payload = callPayload({ summary: "SUMMARY" });
    const json = Buffer.from(JSON.stringify(payload));
    const at = json.indexOf("SUMMARY");
    const bytes = Buffer.concat([json.subarray(0, at), Buffer.from([0xff, 0xc3]), json.subarray(at)]);
    const response = await POST(signedBytesRequest(bytes));
    expect(response.status, await response.clone().text()).toBe(200);
    const call = (await findCall(String(payload.providerCallId)))!;
    expect(call.summary).toBe("\ufffd\ufffdSUMMARY");
    expect(Buffer.from(call.rawBodyBytes!).equals(bytes)).toBe(true);
  });
});
