// Requests nobody signed are counted, not stored one row each: a flood costs a few rows.
import { describe, expect, it } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { getDb } from "@/lib/db";
import { MAX_ADDRESSES_PER_MINUTE, OTHER_ADDRESSES, UNSIGNED_EXCERPT_BYTES } from "@/lib/webhooks/levers/unsigned-requests";
import { WEBHOOK_URL, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

process.env.LEVERS_WEBHOOK_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";

const unsigned = (headers: Record<string, string> = {}, body = JSON.stringify(callPayload({ transcription: "x".repeat(4000) }))) =>
  new Request(WEBHOOK_URL, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

async function flood(requests: (() => Request)[], concurrency = 16): Promise<number[]> {
  const statuses: number[] = [];
  for (let start = 0; start < requests.length; start += concurrency) {
    const batch = await Promise.all(requests.slice(start, start + concurrency).map((make) => POST(make())));
    statuses.push(...batch.map((response) => response.status));
  }
  return statuses;
}

describe("POST /api/webhooks/levers: unsigned floods", () => {
  it("counts 500 unsigned POSTs from one address in one row per minute and reason, with a short excerpt", async () => {
    const before = await getDb().webhookDelivery.count();
    const statuses = await flood([
      ...Array.from({ length: 250 }, () => () => unsigned({ "x-forwarded-for": "203.0.113.9" })),
      ...Array.from({ length: 250 }, () => () => webhookRequest({ payload: callPayload(), secret: "whsec_bm90LWNvbmZpZ3VyZWQtYW55d2hlcmU=", headers: { "x-forwarded-for": "203.0.113.9" } })),
    ]);
    expect(new Set(statuses)).toEqual(new Set([401]));
    const rows = await getDb().webhookDelivery.findMany({ where: { sourceAddress: "203.0.113.9" } });
    // Two reasons; a minute boundary passing mid-flood can add one row per reason.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThanOrEqual(4);
    expect((await getDb().webhookDelivery.count()) - before).toBe(rows.length);
    expect(rows.reduce((sum, row) => sum + row.requestCount, 0)).toBe(500);
    expect(new Set(rows.map((row) => row.errorCode))).toEqual(new Set(["missing_signature_headers", "invalid_signature"]));
    for (const row of rows) {
      expect(Buffer.byteLength(row.bodyExcerpt ?? "")).toBeLessThanOrEqual(UNSIGNED_EXCERPT_BYTES);
      expect(row.body).toBeNull();
      expect(row.deadLetter).toBeNull();
    }
  });

  it("bounds the rows of a flood that forges a new X-Forwarded-For on every request", async () => {
    const before = await getDb().webhookDelivery.count();
    await flood(Array.from({ length: 500 }, (_, index) => () => unsigned({ "x-forwarded-for": `198.51.${index >> 8}.${index & 255}` })));
    const written = (await getDb().webhookDelivery.count()) - before;
    // At most MAX_ADDRESSES_PER_MINUTE addresses a minute, the rest in one "other" row (twice if a minute turns).
    expect(written).toBeLessThanOrEqual(2 * (MAX_ADDRESSES_PER_MINUTE + 1));
    const other = await getDb().webhookDelivery.findMany({ where: { sourceAddress: OTHER_ADDRESSES } });
    expect(other.reduce((sum, row) => sum + row.requestCount, 0)).toBeGreaterThan(0);
  });
});
