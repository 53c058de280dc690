// Helpers for the webhook route's tests: signed Requests as the framework hands them to `POST`,
// and reads of what was stored. Test-only; never imported by the app.
import { signDelivery, type SignOptions } from "@/e2e/fixtures/sign-delivery";
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
  return getDb().webhookDelivery.findFirst({ orderBy: { id: "desc" } });
}
