// POST /api/webhooks/levers - ingest phone_call.ended
/**
 * Stages, each answering what the sender (Svix) needs to know:
 *   verify   a secret is configured (else 503), the body fits (else 413, never read whole),
 *            the Svix signature and timestamp hold (else 401)
 *   parse    JSON (else 400), a phone_call.ended payload (else 422 naming each bad field);
 *            another event type is acknowledged with 200 { ignored: true } and logged
 *   persist  call + message + delivery log in one transaction (503 + Retry-After if the DB is down)
 *   respond  200 only after the commit
 * Every refusal is logged in the inbox (webhook_deliveries) with its reason and a body excerpt.
 */
import { getEnv } from "@/lib/env";
import { handleApiError, toApiError } from "@/lib/http/errors";
import { logIgnoredDelivery, logRefusedDelivery } from "@/lib/webhooks/levers/deliveries";
import { ingestCallEvent } from "@/lib/webhooks/levers/ingest";
import { parseDelivery } from "@/lib/webhooks/levers/parse-delivery";
import { readBodyLimited, type RawBody } from "@/lib/webhooks/levers/read-body";
import { resolveWebhookSecrets, webhookSecretMissing } from "@/lib/webhooks/levers/secrets";
import { readSvixHeaders, verifyLeversSignature } from "@/lib/webhooks/levers/verify";

export async function POST(request: Request) {
  const env = getEnv();
  let body: RawBody | undefined;
  try {
    const { secrets } = resolveWebhookSecrets(env);
    if (!secrets) throw webhookSecretMissing();
    body = await readBodyLimited(request, env.WEBHOOK_MAX_BODY_BYTES);
    const svix = verifyLeversSignature(body.text, request.headers, secrets);

    const event = parseDelivery(body.text);
    const delivery = { svixId: svix.id, svixTimestamp: svix.timestamp, bodyBytes: body.bytes, body: body.text };
    if (event.kind === "unhandled") {
      await logIgnoredDelivery({ ...delivery, eventType: event.type });
      return Response.json({ ignored: true });
    }

    const stored = await ingestCallEvent({ ...delivery, eventType: event.type, rawBody: body.text, data: event.data });
    return Response.json({ received: true, ...stored });
  } catch (error) {
    const refusal = toApiError(error);
    // When the database is down the log cannot be written either; the sender's retry will be.
    if (refusal.code !== "storage_unavailable") {
      const headers = readSvixHeaders(request.headers);
      await logRefusedDelivery({ svixId: headers.id, svixTimestamp: headers.timestamp, statusCode: refusal.status, reason: refusal.message, bodyBytes: body?.bytes ?? null, body: body?.text });
    }
    return handleApiError(error);
  }
}
