// Production without LEVERS_WEBHOOK_SECRET: 503 (the sender keeps retrying), never an unverified 2xx.
import { describe, expect, it } from "vitest";
import { callPayload } from "@/e2e/fixtures/payloads";
import { DEVELOPMENT_WEBHOOK_SECRET } from "@/lib/env";
import { describeWebhookSecretWarning, resolveWebhookSecrets } from "@/lib/webhooks/levers/secrets";
import { countCalls, lastDelivery, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { POST } from "./route";

Object.assign(process.env, { NODE_ENV: "production" });
delete process.env.LEVERS_WEBHOOK_SECRET;

describe("webhook secrets", () => {
  it("uses the configured secrets, the development default outside production, none in production", () => {
    expect(resolveWebhookSecrets({ NODE_ENV: "production", LEVERS_WEBHOOK_SECRET: ["whsec_a", "whsec_b"] })).toEqual({ secrets: ["whsec_a", "whsec_b"], source: "configured" });
    expect(resolveWebhookSecrets({ NODE_ENV: "development", LEVERS_WEBHOOK_SECRET: undefined }).secrets).toEqual([DEVELOPMENT_WEBHOOK_SECRET]);
    expect(resolveWebhookSecrets({ NODE_ENV: "production", LEVERS_WEBHOOK_SECRET: undefined }).secrets).toBeNull();
    expect(describeWebhookSecretWarning({ NODE_ENV: "production", LEVERS_WEBHOOK_SECRET: undefined })).toMatch(/answers 503/);
    expect(describeWebhookSecretWarning({ NODE_ENV: "development", LEVERS_WEBHOOK_SECRET: undefined })).toContain(DEVELOPMENT_WEBHOOK_SECRET);
    expect(describeWebhookSecretWarning({ NODE_ENV: "production", LEVERS_WEBHOOK_SECRET: ["whsec_a"] })).toBeNull();
  });

  it("answers 503 in production without a secret, even to a delivery signed with the development one", async () => {
    const response = await POST(webhookRequest({ payload: callPayload(), secret: DEVELOPMENT_WEBHOOK_SECRET }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).not.toBeNull();
    expect((await response.json()).error.code).toBe("webhook_secret_not_configured");
    expect(await countCalls()).toBe(0);
    expect(await lastDelivery()).toMatchObject({ statusCode: 503, result: "rejected" });
  });
});
