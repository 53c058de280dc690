// npm run bench:flood [-- --count 10000 --connections 32 --dev]
// What a flood of requests nobody signed costs: starts the app as bench:ingest does (app-server.ts;
// the production build, or `next dev` with --dev or when there is no build, since building is slow),
// sends `count` unsigned POSTs with a 2 KiB body to its webhook on 127.0.0.1, and prints how many
// rows they wrote to webhook_deliveries (and how many requests those rows count).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { callPayload } from "@/e2e/fixtures/payloads";
import { projectRoot } from "../db/with-database";
import { startApp } from "./app-server";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, connections: { type: "string", default: "32" }, dev: { type: "boolean", default: false } },
});
const count = Number(values.count);
const built = existsSync(path.join(projectRoot, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"));
const production = !values.dev && built;

async function deliveryRows(databaseUrl: string): Promise<{ rows: number; requests: number }> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ rows: number; requests: number }>("SELECT count(*)::int AS rows, coalesce(sum(request_count), 0)::int AS requests FROM webhook_deliveries");
    return rows[0]!;
  } finally {
    await client.end();
  }
}

console.log(`Starting the app (${production ? "production build" : "next dev"}) on a throw-away embedded PostgreSQL`);
const app = await startApp({ secret: SECRET, production });
let exitCode = 1;
try {
  const body = JSON.stringify(callPayload({ transcription: "x".repeat(2048) }));
  // One request first, so `next dev` compiles the route before the clock starts.
  await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const before = await deliveryRows(app.databaseUrl);
  const started = performance.now();
  const unsigned = { method: "POST", headers: { "content-type": "application/json" }, body };
  const result = await autocannon({
    url: app.url,
    connections: Number(values.connections),
    amount: count,
    timeout: 30,
    requests: [{ method: "POST", setupRequest: (request) => ({ ...request, ...unsigned }) }],
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await deliveryRows(app.databaseUrl);
  const answered = result.requests.total;
  const rate = `${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`;
  console.log(`\n${count} unsigned POSTs (${Buffer.byteLength(body)} bytes each), ${values.connections} connections, ${rate}`);
  console.log(`answered: ${answered} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  console.log(`rows written to webhook_deliveries: ${after.rows - before.rows} new (${after.rows} in all), counting ${after.requests - before.requests} requests`);
  exitCode = after.requests - before.requests === count ? 0 : 1;
} finally {
  await app.stop().catch((error: unknown) => console.error(error));
}
process.exit(exitCode);
