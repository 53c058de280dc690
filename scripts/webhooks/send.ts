// npm run webhooks:send -- --url http://localhost:3000/api/webhooks/levers --count 20 [--secret whsec_...]
// Sends realistic signed `phone_call.ended` deliveries (lib/calls/generate.ts), as Levers would.
// Options: --seed N (same seed, same calls), --concurrency N (parallel requests), --envelope (wrap
// as { type, data }). The secret defaults to LEVERS_WEBHOOK_SECRET, else the development secret.
// svix-timestamp is always now: the receiver refuses anything more than 5 minutes off.
import "../load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { signDelivery } from "@/e2e/fixtures/sign-delivery";
import { generateCall } from "@/lib/calls/generate";
import { DEVELOPMENT_WEBHOOK_SECRET, getEnv } from "@/lib/env";

const optionsSchema = z.object({
  url: z.url({ error: "--url must be the endpoint's URL, e.g. http://localhost:3000/api/webhooks/levers" }),
  count: z.coerce.number().int().min(1).max(1_000_000).default(10),
  secret: z.string().regex(/^whsec_/, { error: "--secret must start with whsec_" }).optional(),
  seed: z.coerce.number().int().default(() => Date.now() % 1_000_000),
  concurrency: z.coerce.number().int().min(1).max(256).default(4),
  envelope: z.boolean().default(false),
});

export type SendOptions = z.input<typeof optionsSchema>;
export type SendSummary = { sent: number; byStatus: Record<string, number>; failures: string[] };

export async function sendDeliveries(input: SendOptions): Promise<SendSummary> {
  const options = optionsSchema.parse(input);
  const secret = options.secret ?? getEnv().LEVERS_WEBHOOK_SECRET?.[0] ?? DEVELOPMENT_WEBHOOK_SECRET;
  const summary: SendSummary = { sent: 0, byStatus: {}, failures: [] };
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.count; index = next++) {
      const { payload } = generateCall(index, { seed: options.seed });
      const body = JSON.stringify(options.envelope ? { type: "phone_call.ended", data: payload } : payload);
      const signed = signDelivery({ secret, body });
      const status = await fetch(options.url, { method: "POST", headers: signed.headers, body }).then(
        async (response) => {
          if (!response.ok) summary.failures.push(`${payload.providerCallId}: ${response.status} ${await response.text()}`);
          return String(response.status);
        },
        (error: unknown) => {
          summary.failures.push(`${payload.providerCallId}: ${error instanceof Error ? error.message : String(error)}`);
          return "network error";
        },
      );
      summary.sent++;
      summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.count) }, worker));
  return summary;
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://localhost:3000/api/webhooks/levers" },
      count: { type: "string" },
      secret: { type: "string" },
      seed: { type: "string" },
      concurrency: { type: "string" },
      envelope: { type: "boolean" },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join("\n"));
    process.exit(2);
  }
  const started = Date.now();
  const summary = await sendDeliveries(parsed.data);
  const statuses = Object.entries(summary.byStatus).map(([status, n]) => `${status}: ${n}`).join(", ");
  console.log(`Sent ${summary.sent} deliveries to ${parsed.data.url} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${parsed.data.seed}) - ${statuses}`);
  for (const failure of summary.failures.slice(0, 10)) console.error(`  ${failure}`);
  process.exit(summary.failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
