// npm run bench:ingest [-- --count 4000 --connections 32 --rounds 2 --warmup 500 --compare .next-bench-before --roll-ups]
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
// (NAME=value,...) are given to that server only, e.g. an earlier default; --compare-sql FILE is run
// on its database once it is up, e.g. the trigger functions as they were before a migration
// (ingest-before-shortcuts.sql). --app-env NAME=value,... goes to the first app only (e.g.
// "NODE_OPTIONS=--import ./scripts/bench/cpu-profile-preload.mjs" for a CPU profile of its server).
// --order spread (the default): consecutive deliveries go to different contacts, as when Levers ends
// the calls of a campaign, each contact's later calls coming later in the round; --order blocks sends
// a contact's 8 generated calls one after the other (CALLS_PER_CONTACT), so they arrive together
// and queue on the contact's lock in the calling-rule and promise triggers (the figures before
// session 6 were taken so).
// --cpu: the CPU time the app's process tree spends per delivery during its rounds, in Node and in
// PostgreSQL (/proc), beside the ceiling's: on a machine whose cores are all busy, the best ratio
// app / ceiling a design can reach is the ceiling's CPU per request over the app's.
// --waits: samples what the app's PostgreSQL backends are doing every 10 ms during its rounds
// (pg_stat_activity: running, or the wait event) and prints the shares.
// --roll-ups: every app database starts with its roll-ups built (analytics cube, calling-rule flags,
// disclosure deltas, promise follow-through), as in production, so the triggers on calls do all
// their work; without it they find nothing built and stop early.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { readFile } from "node:fs/promises";
import { signDelivery, type SignedDelivery } from "@/e2e/fixtures/sign-delivery";
import { generateCall } from "@/lib/calls/generate";
import { CALLS_PER_CONTACT } from "@/lib/calls/generate-contact";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { getContactSettings } from "@/lib/contacts/settings";
import { projectRoot } from "../db/with-database";
import { startApp, stopProcess, waitFor } from "./app-server";
import { cpuSince, treeCpu, type TreeCpu } from "./process-cpu";
import { formatWaits, mergeWaits, sampleWaits, type WaitShares } from "./wait-sampler";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({
  options: {
    count: { type: "string", default: "4000" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "500" },
    rounds: { type: "string", default: "2" },
    compare: { type: "string" },
    "compare-env": { type: "string", default: "" },
    "compare-sql": { type: "string" },
    "app-env": { type: "string", default: "" },
    "roll-ups": { type: "boolean", default: false },
    order: { type: "string", default: "spread" },
    waits: { type: "boolean", default: false },
    cpu: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const roundCount = Math.max(1, Number(values.rounds));
const envOf = (list: string) => Object.fromEntries(list.split(",").filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
const compareEnv = envOf(values["compare-env"]);
const appEnv = envOf(values["app-env"]);
if (values.order !== "spread" && values.order !== "blocks") throw new Error(`--order ${values.order}: spread or blocks`);

/** The generated indexes 0..n-1 in sending order: see --order. */
function sendingOrder(n: number): number[] {
  const indexes = Array.from({ length: n }, (_, index) => index);
  if (values.order === "blocks") return indexes;
  // The k-th call of every contact, then the (k+1)-th: neighbours are CALLS_PER_CONTACT apart.
  return indexes.sort((a, b) => (a % CALLS_PER_CONTACT) - (b % CALLS_PER_CONTACT) || a - b);
}


function deliveriesFor(seed: number, n: number): { ids: string[]; signed: SignedDelivery[] } {
  const ids: string[] = [];
  const signed: SignedDelivery[] = [];
  for (const index of sendingOrder(n)) {
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
type Receiver = { name: string; url: string; databaseUrl: string | null; pid?: number; stop: () => Promise<void> };
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
  return [{ name: `app${label}`, ...app }, { name: `ceiling${label}`, url: ceiling, databaseUrl: null, pid: app.pid, stop: async () => {} }];
}

/** Runs `sql` on the database (several statements, no parameters). */
async function runSql(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Builds the roll-ups of an empty database, in the app's zone and settings, as their first builds would. */
async function buildRollUps(databaseUrl: string): Promise<void> {
  const { timeZone, nonConversationOutcomes } = getContactSettings();
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    await client.query("SELECT calling_rules_rebuild($1, $2::text[])", [timeZone, nonConversationOutcomes]);
    await client.query("INSERT INTO call_day_cube_zone (id, time_zone, built_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET time_zone = $1, built_at = now()", [timeZone]);
    await client.query("UPDATE promise_follow_through_state SET built_until = NULL, built_at = now() WHERE id = 1");
  } finally {
    await client.end();
  }
}

const waits = new Map<Receiver, WaitShares>();
const cpu = new Map<Receiver, TreeCpu & { requests: number }>();

async function round(receiver: Receiver, seed: number, n = count, measured = true): Promise<Round> {
  const sampling = values.waits && measured && receiver.databaseUrl && receiver.name !== "baseline" ? await sampleWaits(receiver.databaseUrl) : null;
  const cpuBefore = values.cpu && measured && receiver.pid ? treeCpu(receiver.pid) : null;
  const { result, accepted, seconds } = await blast(receiver.url, seed, n);
  if (cpuBefore) {
    const used = cpuSince(cpuBefore, treeCpu(receiver.pid!));
    const sum = cpu.get(receiver) ?? { nodeMs: 0, postgresMs: 0, requests: 0 };
    cpu.set(receiver, { nodeMs: sum.nodeMs + used.nodeMs, postgresMs: sum.postgresMs + used.postgresMs, requests: sum.requests + n });
  }
  if (sampling) waits.set(receiver, mergeWaits(waits.get(receiver) ?? { samples: 0, active: 0, byState: new Map() }, await sampling()));
  return { perSecond: accepted.length / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors + result.timeouts, accepted };
}

// Both receivers run side by side but are measured one at a time (an idle server costs nothing), in
// alternating rounds: a burst of load from elsewhere on a shared machine then hits both, not one.
const receivers: Receiver[] = [];
let exitCode = 1;
try {
  receivers.push(await startBaseline(), ...(await startAppReceivers(BENCH_DIST_DIR, "", appEnv)));
  if (values.compare) {
    const compared = await startAppReceivers(values.compare, "*", compareEnv);
    receivers.push(...compared);
    if (values["compare-sql"]) await runSql(compared[0].databaseUrl!, await readFile(values["compare-sql"], "utf8"));
  }
  if (values["roll-ups"]) for (const receiver of receivers) if (receiver.databaseUrl && receiver.name !== "baseline") await buildRollUps(receiver.databaseUrl);
  const rounds = new Map<Receiver, Round[]>(receivers.map((receiver) => [receiver, []]));
  for (const receiver of receivers) if (warmup > 0) rounds.get(receiver)!.push({ ...(await round(receiver, 7, warmup, false)), perSecond: -1 });
  for (let index = 1; index <= roundCount; index++) {
    for (const receiver of receivers) {
      console.log(`round ${index}/${roundCount}: ${count} deliveries to ${receiver.name}`);
      rounds.get(receiver)!.push(await round(receiver, 100 + index));
    }
  }
  const setup = [`order ${values.order}`, values["roll-ups"] && "roll-ups built", values["app-env"] && `app: ${values["app-env"]}`, values["compare-sql"] && `app*: ${values["compare-sql"]}`].filter(Boolean).join("; ");
  console.log(`\n${count} distinct signed deliveries per round, ${connections} connections, best of ${roundCount} rounds after a warm-up (load average ${loadavg()[0]!.toFixed(1)})${setup ? `; ${setup}` : ""}\n`);
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
  if (cpu.size > 0) console.log("\nCPU per request during the measured rounds (ms): Node, PostgreSQL, both");
  for (const [receiver, used] of cpu) {
    const node = used.nodeMs / used.requests;
    const postgres = used.postgresMs / used.requests;
    console.log(`  ${receiver.name.padEnd(9)} ${node.toFixed(2).padStart(7)} ${postgres.toFixed(2).padStart(7)} ${(node + postgres).toFixed(2).padStart(7)}`);
  }
  for (const [receiver, shares] of waits) console.log(`\nwhat ${receiver.name}'s PostgreSQL backends were doing during its rounds:\n${formatWaits(shares).join("\n")}`);
  console.log(broken ? "FAILED: some deliveries answered 2xx are missing or duplicated" : "Every delivery answered 2xx is in its database, exactly once.");
  exitCode = broken ? 1 : 0;
} finally {
  for (const receiver of receivers.reverse()) await receiver.stop().catch((error: unknown) => console.error(error));
}
process.exit(exitCode);
