// npm run bench:ingest [-- --count 5000 --connections 32]
// Webhook ingestion throughput: the production build (scripts/dev.ts --production --ephemeral, so
// `next build` first when there is no build) against a minimal baseline receiver
// (baseline-receiver.ts), each on a fresh embedded PostgreSQL, one after the other so they do not
// share the cores. Both get the same N distinct signed deliveries from autocannon; then every
// delivery answered 2xx is looked up in that receiver's database (lost) and counted (duplicated).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { signDelivery, type SignedDelivery } from "@/e2e/fixtures/sign-delivery";
import { generateCall } from "@/lib/calls/generate";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { projectRoot } from "../db/with-database";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({ options: { count: { type: "string", default: "5000" }, connections: { type: "string", default: "32" }, warmup: { type: "string", default: "500" } } });
const count = Number(values.count);
const connections = Number(values.connections);
const warmup = Number(values.warmup);

type Run = { name: string; perSecond: number; p50: number; p99: number; non2xx: number; accepted: string[]; lost: number; duplicated: number };

function deliveriesFor(seed: number, n: number): { ids: string[]; signed: SignedDelivery[] } {
  const ids: string[] = [];
  const signed: SignedDelivery[] = [];
  for (let index = 0; index < n; index++) {
    const { payload } = generateCall(index, { seed });
    ids.push(payload.providerCallId);
    signed.push(signDelivery({ secret: SECRET, body: JSON.stringify(payload) }));
  }
  return { ids, signed };
}

/** Sends each delivery exactly once; returns autocannon's figures and the ids answered 2xx. */
async function blast(url: string, seed: number, n: number) {
  const { ids, signed } = deliveriesFor(seed, n); // signed just before sending: svix-timestamp must be fresh
  let next = 0;
  const accepted: string[] = [];
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    amount: n,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const index = next++;
          context.index = index;
          const delivery = signed[index % n]!;
          return { ...request, method: "POST", headers: delivery.headers, body: delivery.body };
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300 && typeof context.index === "number") accepted.push(ids[context.index]!);
        },
      },
    ],
  });
  return { result, accepted, seconds: (performance.now() - started) / 1000 };
}

async function waitFor(url: string, child: ChildProcess, seconds = 600): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
}

async function check(databaseUrl: string, accepted: string[]): Promise<{ lost: number; duplicated: number }> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ provider_call_id: string; n: string }>("SELECT provider_call_id, count(*) AS n FROM calls GROUP BY 1");
    const stored = new Map(rows.map((row) => [row.provider_call_id, Number(row.n)]));
    return { lost: accepted.filter((id) => !stored.has(id)).length, duplicated: rows.filter((row) => Number(row.n) > 1).length };
  } finally {
    await client.end();
  }
}

async function measure(name: string, url: string, databaseUrl: string): Promise<Run> {
  console.log(`${name}: warming up with ${warmup} deliveries, then sending ${count} with ${connections} connections`);
  if (warmup > 0) await blast(url, 7, warmup);
  const { result, accepted, seconds } = await blast(url, 42, count);
  const { lost, duplicated } = await check(databaseUrl, accepted);
  return { name, perSecond: accepted.length / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors + result.timeouts, accepted, lost, duplicated };
}

async function benchBaseline(): Promise<Run> {
  const dir = await mkdtemp(path.join(tmpdir(), "levers-bench-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "baseline" });
  const port = await findFreePort();
  let receiver: ChildProcess | undefined;
  try {
    await applyMigrations(database.databaseUrl);
    receiver = spawn(process.execPath, ["--import", "tsx", "scripts/bench/baseline-receiver.ts", String(port), database.databaseUrl, SECRET], { cwd: projectRoot, stdio: "inherit" });
    await waitFor(`http://127.0.0.1:${port}/`, receiver);
    return await measure("baseline", `http://127.0.0.1:${port}/`, database.databaseUrl);
  } finally {
    if (receiver) await stopProcess(receiver);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchApp(): Promise<Run> {
  const port = await findFreePort();
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--production", "--ephemeral"], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), DEMO_DATA: "false", LEVERS_WEBHOOK_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let databasePort: string | undefined;
  app.stdout!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    databasePort ??= /embedded PostgreSQL \(data in .*, port (\d+)\)/.exec(text)?.[1];
    if (/error|warn/i.test(text)) process.stdout.write(text);
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`, app);
    if (!databasePort) throw new Error("Could not tell which port the app's embedded PostgreSQL listens on");
    return await measure("app", `http://127.0.0.1:${port}/api/webhooks/levers`, `postgresql://postgres:postgres@127.0.0.1:${databasePort}/levers`);
  } finally {
    await stopProcess(app);
  }
}

const baseline = await benchBaseline();
const app = await benchApp();
const rows = [baseline, app].map((run) =>
  [run.name.padEnd(9), run.perSecond.toFixed(0).padStart(12), `${run.p50} ms`.padStart(8), `${run.p99} ms`.padStart(8), String(run.non2xx).padStart(7), String(run.lost).padStart(5), String(run.duplicated).padStart(11)].join(" "),
);
console.log(`\n${count} distinct signed deliveries, ${connections} connections, after ${warmup} warm-up deliveries\n`);
console.log(`receiver  deliveries/s      p50      p99  non-2xx  lost  duplicated`);
for (const row of rows) console.log(row);
const ratio = app.perSecond / baseline.perSecond;
console.log(`\nratio app / baseline: ${ratio.toFixed(2)} (target >= 0.75)`);
const broken = [baseline, app].some((run) => run.lost > 0 || run.duplicated > 0);
console.log(broken ? "FAILED: some deliveries answered 2xx are missing or duplicated" : "Every delivery answered 2xx is in its database, once.");
process.exit(broken ? 1 : 0);
