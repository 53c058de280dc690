// Helpers for the webhook route's tests: signed Requests as the framework hands them to `POST`,
// and reads of what was stored. Test-only; never imported by the app.
import { createHmac } from "node:crypto";
import { newMessageId, signDelivery, type SignOptions } from "@/e2e/fixtures/sign-delivery";
import { getDb } from "@/lib/db";

export const TEST_SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLWxldmVycy13ZWJob29rcw==";
export const WEBHOOK_URL = "http://localhost/api/webhooks/levers";

type RequestOptions = Partial<SignOptions> & { payload?: unknown; headers?: Record<string, string | null> };

/** A Request signed with TEST_SECRET (or `secret`); `headers` entries override or (null) remove. */
export function webhookRequest({ payload, body, headers = {}, secret = TEST_SECRET, ...sign }: RequestOptions = {}): Request {
  const text = body ?? JSON.stringify(payload);
  const signed = signDelivery({ secret, body: text, ...sign });
  const merged = new Headers(signed.headers);
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) merged.delete(name);
    else merged.set(name, value);
  }
  return new Request(WEBHOOK_URL, { method: "POST", headers: merged, body: text });
}

export async function countCalls(): Promise<number> {
  return getDb().call.count();
}

export async function findCall(providerCallId: string) {
  return getDb().call.findUnique({ where: { providerCallId } });
}

export async function lastDelivery() {
  // Ordered by the last request a row counts: a row of unsigned requests is updated, not re-inserted.
  return getDb().webhookDelivery.findFirst({ orderBy: [{ lastReceivedAt: "desc" }, { id: "desc" }] });
}

/**
 * A Request whose body is exactly `bytes` (a BOM, invalid UTF-8...), signed over those bytes with
 * node:crypto as the Svix scheme defines it: an implementation independent of the verifier's.
 */
export function signedBytesRequest(bytes: Uint8Array, { id = newMessageId(), secret = TEST_SECRET, timestamp = new Date() } = {}): Request {
  const seconds = String(Math.floor(timestamp.getTime() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${seconds}.`).update(bytes).digest("base64");
  const headers = { "content-type": "application/json", "svix-id": id, "svix-timestamp": seconds, "svix-signature": `v1,${signature}` };
  return new Request(WEBHOOK_URL, { method: "POST", headers, body: new Uint8Array(bytes) });
}
