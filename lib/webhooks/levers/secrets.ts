// Which secrets verify Levers deliveries. Several may be configured at once (rotation: the old and
// the new secret both verify until the old one is removed). Development falls back to a documented
// default; production without a secret has none, and the endpoint answers 503 so Svix keeps retrying.
import { DEVELOPMENT_WEBHOOK_SECRET, type Env } from "@/lib/env";
import { ApiError, RETRY_AFTER_SECONDS } from "@/lib/http/errors";

export type WebhookSecrets = { secrets: string[]; source: "configured" | "development-default" } | { secrets: null; source: "missing" };

export function resolveWebhookSecrets(env: Pick<Env, "NODE_ENV" | "LEVERS_WEBHOOK_SECRET">): WebhookSecrets {
  if (env.LEVERS_WEBHOOK_SECRET?.length) return { secrets: env.LEVERS_WEBHOOK_SECRET, source: "configured" };
  if (env.NODE_ENV === "production") return { secrets: null, source: "missing" };
  return { secrets: [DEVELOPMENT_WEBHOOK_SECRET], source: "development-default" };
}

/** The line the launcher prints at start-up, or null when a secret is configured. */
export function describeWebhookSecretWarning(env: Pick<Env, "NODE_ENV" | "LEVERS_WEBHOOK_SECRET">): string | null {
  const resolved = resolveWebhookSecrets(env);
  if (resolved.source === "missing") {
    return "WARNING: LEVERS_WEBHOOK_SECRET is not set. POST /api/webhooks/levers answers 503 (Levers keeps the deliveries and retries) until you set it to the endpoint's whsec_ secret from Levers > Settings > Webhooks.";
  }
  if (resolved.source === "development-default") {
    return `LEVERS_WEBHOOK_SECRET is not set: webhooks are verified with the development secret ${DEVELOPMENT_WEBHOOK_SECRET} (never used in production).`;
  }
  return null;
}

/** 503 rather than 401: the deliveries are fine, the endpoint is not ready, so the sender should keep them. */
export function webhookSecretMissing(): ApiError {
  return new ApiError(
    503,
    "webhook_secret_not_configured",
    "This endpoint has no webhook secret configured (LEVERS_WEBHOOK_SECRET), so it cannot verify deliveries; they are refused until it is set, and the sender keeps them and retries.",
    {},
    { "Retry-After": String(RETRY_AFTER_SECONDS * 12) },
  );
}
