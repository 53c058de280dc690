// POST /api/webhooks/levers - ingest phone_call.ended
/**
 * Stages, each answering what the sender (Svix) needs to know:
 *   verify   a secret is configured (else 503), the body fits (else 413, never more than twice the
 *            limit read), the Svix signature over the raw bytes and the timestamp hold (else 401)
 *   parse    svix-id usable (else 400), nesting bounded (else 422), JSON (else 400), a
 *            phone_call.ended payload (else 422 naming each bad field); another event type is
 *            acknowledged with 200 { ignored: true } and logged
 *   persist  call + message + delivery log in one transaction (503 + Retry-After if the DB is down)
 *   respond  200 only after the commit; an unexpected error is a 500 with a correlation id
 * A refusal of a correctly signed delivery is kept whole as a dead letter, to be replayed; requests
 * nobody signed are only counted (log-refusal.ts). Old log rows are pruned on the way (retention.ts).
 */
import { getEnv } from "@/lib/env";
import { errorResponse, toApiError } from "@/lib/http/errors";
import { logRefusal } from "@/lib/webhooks/levers/log-refusal";
import { processVerifiedDelivery } from "@/lib/webhooks/levers/process-delivery";
import { readBodyLimited, tooLarge, type RawBody } from "@/lib/webhooks/levers/read-body";
import { pruneDeliveriesSoon } from "@/lib/webhooks/levers/retention";
import { resolveWebhookSecrets, webhookSecretMissing } from "@/lib/webhooks/levers/secrets";
import { verifyLeversSignature, type SvixHeaders } from "@/lib/webhooks/levers/verify";

export async function POST(request: Request) {
  const env = getEnv();
  let body: RawBody | undefined;
  let verified: SvixHeaders | undefined;
  try {
    const { secrets } = resolveWebhookSecrets(env);
    if (!secrets) throw webhookSecretMissing();
    body = await readBodyLimited(request, env.WEBHOOK_MAX_BODY_BYTES);
    verified = verifyLeversSignature(body.bytes, request.headers, secrets);
    if (body.oversized) throw tooLarge(env.WEBHOOK_MAX_BODY_BYTES);
    const answer = await processVerifiedDelivery({ svixId: verified.id, svixTimestamp: verified.timestamp, bytes: body.bytes });
    return Response.json(answer);
  } catch (error) {
    const refusal = toApiError(error);
    await logRefusal(refusal, { headers: request.headers, verified, body, maxBytes: env.WEBHOOK_MAX_BODY_BYTES });
    return errorResponse(refusal);
  } finally {
    void pruneDeliveriesSoon(); // never delays the answer (retention.ts catches its own errors)
  }
}
