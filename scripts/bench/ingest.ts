// npm run bench:ingest [-- --count 4000 --connections 32 --rounds 2 --warmup 500 --compare .next-bench-before]
// Webhook ingestion throughput of three receivers: a minimal baseline (baseline-receiver.ts,
// node:http), the app's webhook, and the ceiling: the same Next.js build answering a route that only
// reads the body (app/api/webhooks/ceiling). The app runs as a production build made for the
// benchmark (NEXT_PUBLIC_BENCH_BUILD=1, in .next-bench: built first when missing), since only such a
// build answers the ceiling route; the webhook's code is the same as in any build. Baseline and app
// each have a fresh embedded PostgreSQL. All get the same N distinct signed deliveries per round from
// autocannon; then every delivery the baseline or the app answered 2xx is looked up in its database
// (lost) and counted (duplicated). The ratio app / ceiling is what a route handler can still gain.
// --compare DIR: also another benchmark build of the app (e.g. a copy of .next-bench made before a
// change), with its own ceiling and database, measured in the same alternating rounds: before and
// after side by side under the same load. The environment variables named by --compare-env
// (NAME=value,...) are given to that server only, e.g. an earlier default.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { signDelivery, type SignedDelivery } from "@/e2e/fixtures/sign-delivery";
import { generateCall } from "@/lib/calls/generate";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { projectRoot } from "../db/with-database";
import { startApp, stopProcess, waitFor } from "./app-server";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({
  options: {
    count: { type: "string", default: "4000" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "500" },
    rounds: { type: "string", default: "2" },
    compare: { type: "string" },
    "compare-env": { type: "string", default: "" },
  },
});
const count = Number(values.count);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const roundCount = Math.max(1, Number(values.rounds));
const compareEnv = Object.fromEntries(values["compare-env"].split(",").filter(Boolean).map((pair) => pair.split("=", 2) as [string, string]));


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
  // autocannon notices the end on its one-second tick: time the first request to the last response ourselves.
  const started = performance.now();
  let finished = started;
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
          finished = performance.now();
          if (status >= 200 && status < 300 && typeof context.index === "number") accepted.push(ids[context.index]!);
        },
      },
    ],
  });
  return { result, accepted, seconds: (finished - started) / 1000 };
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

/** `databaseUrl`: where its deliveries are stored; null for the ceiling, which stores nothing. */
type Receiver = { name: string; url: string; databaseUrl: string | null; stop: () => Promise<void> };
type Round = { perSecond: number; p50: number; p99: number; non2xx: number; accepted: string[] };

async function startBaseline(): Promise<Receiver> {
  const dir = await mkdtemp(path.join(tmpdir(), "levers-bench-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "baseline" });
  const port = await findFreePort();
  await applyMigrations(database.databaseUrl);
  const receiver = spawn(process.execPath, ["--import", "tsx", "scripts/bench/baseline-receiver.ts", String(port), database.databaseUrl, SECRET], { cwd: projectRoot, stdio: "inherit" });
  const stop = async () => {
    await stopProcess(receiver);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
  await waitFor(`http://127.0.0.1:${port}/`, receiver).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { name: "baseline", url: `http://127.0.0.1:${port}/`, databaseUrl: database.databaseUrl, stop };
}

const BENCH_DIST_DIR = ".next-bench";

/** The app's webhook, and the ceiling route of the same server (stopped with it). */
async function startAppReceivers(distDir = BENCH_DIST_DIR, label = "", env: Record<string, string> = {}): Promise<[Receiver, Receiver]> {
  const app = await startApp({ secret: SECRET, env: { ...env, NEXT_DIST_DIR: distDir, NEXT_PUBLIC_BENCH_BUILD: "1" } });
  const ceiling = app.url.replace(/\/api\/webhooks\/levers$/, "/api/webhooks/ceiling");
  const probe = await fetch(ceiling, { method: "POST", body: "{}" }).then((response) => response.status, () => 0);
  if (probe !== 200) {
    await app.stop();
    throw new Error(`${ceiling} answered ${probe}: ${distDir} was not built with NEXT_PUBLIC_BENCH_BUILD=1; delete it and run again`);
  }
  return [{ name: `app${label}`, ...app }, { name: `ceiling${label}`, url: ceiling, databaseUrl: null, stop: async () => {} }];
}

async function round(receiver: Receiver, seed: number): Promise<Round> {
  const { result, accepted, seconds } = await blast(receiver.url, seed, count);
  return { perSecond: accepted.length / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors + result.timeouts, accepted };
}

// Both receivers run side by side but are measured one at a time (an idle server costs nothing), in
// alternating rounds: a burst of load from elsewhere on a shared machine then hits both, not one.
const receivers: Receiver[] = [];
let exitCode = 1;
try {
  receivers.push(await startBaseline(), ...(await startAppReceivers()));
  if (values.compare) receivers.push(...(await startAppReceivers(values.compare, "*", compareEnv)));
  const rounds = new Map<Receiver, Round[]>(receivers.map((receiver) => [receiver, []]));
  for (const receiver of receivers) if (warmup > 0) rounds.get(receiver)!.push({ ...(await round(receiver, 7)), perSecond: -1 });
  for (let index = 1; index <= roundCount; index++) {
    for (const receiver of receivers) {
      console.log(`round ${index}/${roundCount}: ${count} deliveries to ${receiver.name}`);
      rounds.get(receiver)!.push(await round(receiver, 100 + index));
    }
  }
  console.log(`\n${count} distinct signed deliveries per round, ${connections} connections, best of ${roundCount} rounds after a warm-up (load average ${loadavg()[0]!.toFixed(1)})\n`);
  console.log("receiver  deliveries/s      p50      p99  non-2xx  lost  duplicated   every round (deliveries/s)");
  const best = new Map<Receiver, number>();
  let broken = false;
  for (const receiver of receivers) {
    const all = rounds.get(receiver)!;
    const { lost, duplicated } = receiver.databaseUrl ? await check(receiver.databaseUrl, all.flatMap((r) => r.accepted)) : { lost: 0, duplicated: 0 };
    broken ||= lost > 0 || duplicated > 0;
    const measured = all.filter((r) => r.perSecond >= 0);
    const top = measured.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    best.set(receiver, top.perSecond);
    const non2xx = all.reduce((sum, r) => sum + r.non2xx, 0);
    console.log(
      [receiver.name.padEnd(9), top.perSecond.toFixed(0).padStart(12), `${top.p50} ms`.padStart(8), `${top.p99} ms`.padStart(8), String(non2xx).padStart(7), String(lost).padStart(5), String(duplicated).padStart(11), "  " + measured.map((r) => r.perSecond.toFixed(0)).join(", ")].join(" "),
    );
  }
  const [baseline, app, ceiling] = receivers.map((receiver) => best.get(receiver)!) as [number, number, number];
  console.log(`\nratio app / ceiling (an empty route of the same build): ${(app / ceiling).toFixed(2)} (target >= 0.85)`);
  console.log(`ratio app / baseline: ${(app / baseline).toFixed(2)}; ceiling / baseline: ${(ceiling / baseline).toFixed(2)}`);
  if (values.compare) {
    const [compared, comparedCeiling] = receivers.slice(3).map((receiver) => best.get(receiver)!) as [number, number];
    console.log(`app* (${values.compare}${values["compare-env"] ? `, ${values["compare-env"]}` : ""}) / its ceiling: ${(compared / comparedCeiling).toFixed(2)}; app* / baseline: ${(compared / baseline).toFixed(2)}; app / app*: ${(app / compared).toFixed(2)}`);
  }
  console.log(broken ? "FAILED: some deliveries answered 2xx are missing or duplicated" : "Every delivery answered 2xx is in its database, exactly once.");
  exitCode = broken ? 1 : 0;
} finally {
  for (const receiver of receivers.reverse()) await receiver.stop().catch((error: unknown) => console.error(error));
}
process.exit(exitCode);
