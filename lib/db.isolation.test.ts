// Ingestion keeps its latency while reads fill every read connection: eight readers keep slow
// statements running back to back (pg_sleep holds a connection as an expensive analytics query or
// export does), more than the read pool holds, for as long as signed deliveries are sent through
// the webhook route. On the ingest pool the deliveries never queue behind them.
import { describe, expect, it } from "vitest";
import { GET as exportCalls } from "@/app/api/calls/export/route";
import { POST } from "@/app/api/webhooks/levers/route";
import { callPayload } from "@/e2e/fixtures/payloads";
import { webhookRequest, TEST_SECRET } from "@/lib/webhooks/levers/test-support";
import { createTestUser, withCookie } from "@/scripts/test/auth";
import { getDb, getPool } from "./db";

process.env.LEVERS_WEBHOOK_SECRET = TEST_SECRET;
process.env.DATABASE_POOL_SIZE = "4";
process.env.DATABASE_CONNECT_TIMEOUT_MS = "20000";
process.env.EXPORT_CONCURRENCY = "8";

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]!;

async function deliver(count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await POST(webhookRequest({ payload: callPayload() }));
    expect(response.status).toBe(200);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

describe("ingestion isolated from reading", () => {
  it("keeps webhook p95 under 1 s while 8 readers keep every read connection busy", async () => {
    const { cookie } = await createTestUser("manager");
    await deliver(5); // warm the ingest pool
    const alone = await deliver(30);

    let reading = true;
    const reader = async (i: number) => {
      while (reading) {
        if (i < 6) await getDb().$queryRaw`SELECT pg_sleep(2)::text`;
        else await exportCalls(withCookie("http://localhost/api/calls/export", cookie), {}).then((response) => response.text());
      }
    };
    const readers = Promise.all(Array.from({ length: 8 }, (_, i) => reader(i)));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the readers have taken the pool
    const busy = await deliver(12);
    const queued = getPool().waitingCount;
    reading = false;
    await readers;

    console.log(`webhook p50/p95 alone ${percentile(alone, 50).toFixed(1)}/${percentile(alone, 95).toFixed(1)} ms, ` +
      `with 8 busy readers ${percentile(busy, 50).toFixed(1)}/${percentile(busy, 95).toFixed(1)} ms`);
    expect(queued).toBeGreaterThan(0); // the read pool really was full while the deliveries ran
    expect(percentile(busy, 95)).toBeLessThan(1000);
  }, 90_000);
});
