// npm run bench:isolation [-- --calls 200000 --deliveries 200 --expensive 8 --seconds 120 (per phase)]
// Does reading starve ingestion? The production build (scripts/dev.ts --production, building first
// when there is no build) on a throw-away embedded PostgreSQL filled by data:generate, on
// 127.0.0.1 only. Signed webhook deliveries are timed alone, then while `--expensive` requests stay
// in flight (each one is sent again as soon as it ends): the widest analytics range, exports of a
// search that matches nothing, whole exports, analytics over a filter the roll-up cannot serve.
// BENCH_COOKIE, when set, is sent as the Cookie header of the expensive requests (pages and exports
// behind sign-in); deliveries are signed, never cookied.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { signDelivery } from "@/e2e/fixtures/sign-delivery";
import { generateCall } from "@/lib/calls/generate";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { projectRoot } from "../db/with-database";

const SECRET = "whsec_YmVuY2htYXJrLXNlY3JldC1mb3ItbGV2ZXJzLWluZ2VzdA==";
const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "200000" },
    deliveries: { type: "string", default: "200" },
    expensive: { type: "string", default: "8" },
    seconds: { type: "string", default: "120" },
  },
});
const calls = Number(values.calls);
const deliveries = Number(values.deliveries);
const expensive = Number(values.expensive);
const phaseSeconds = Number(values.seconds);
/** Each measured phase stops after `--seconds`, however many deliveries it has sent. */
let deadline = Infinity;
const startPhase = () => (deadline = Date.now() + phaseSeconds * 1000);
let cookie = process.env.BENCH_COOKIE;

const EXPENSIVE_PATHS = [
  "/analytics?from=0001-01-01&to=9999-12-31",
  `/api/calls/export?${new URLSearchParams({ q: "pay -pay" })}`,
  "/api/calls/export",
  "/analytics?from=0001-01-01&to=9999-12-31&phone=4",
];

const percentile = (values: number[], p: number) => (values.length ? [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]! : NaN);
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 2400; waited++) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** A manager made with `npm run users:create` and signed in: the expensive requests' Cookie header. */
async function benchSession(base: string, env: NodeJS.ProcessEnv): Promise<string> {
  const email = "bench-manager@example.test";
  const password = "bench manager password";
  const args = ["--import", "tsx", "--conditions=react-server", "scripts/users/create.ts", "--email", email, "--role", "manager", "--password-stdin"];
  spawnSync(process.execPath, args, { cwd: projectRoot, env, input: password, stdio: ["pipe", "ignore", "inherit"] });
  const response = await fetch(`${base}/api/auth/sign-in`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`bench sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

/** Deliveries one after another (as Svix sends one endpoint's messages), each timed from request to answer. */
async function timeDeliveries(base: string, seed: number, n: number) {
  const latencies: number[] = [];
  let failed = 0;
  for (let index = 0; index < n && Date.now() < deadline; index++) {
    const { payload } = generateCall(index, { seed });
    const delivery = signDelivery({ secret: SECRET, body: JSON.stringify(payload) });
    const started = performance.now();
    const response = await fetch(`${base}/api/webhooks/levers`, { method: "POST", headers: delivery.headers, body: delivery.body, signal: AbortSignal.timeout(30_000) }).catch(() => null);
    latencies.push(performance.now() - started);
    if (!response?.ok) failed++;
    await response?.arrayBuffer();
  }
  return { latencies, failed };
}

/** `count` expensive requests kept in flight until `stop` resolves; answers counted by status. */
function keepBusy(base: string, count: number, stop: Promise<void>) {
  const statuses = new Map<string, number>();
  let stopped = false;
  void stop.then(() => (stopped = true));
  const worker = async (index: number) => {
    for (let round = 0; !stopped && Date.now() < deadline; round++) {
      const target = EXPENSIVE_PATHS[(index + round) % EXPENSIVE_PATHS.length]!;
      const started = performance.now();
      const response = await fetch(base + target, { headers: cookie ? { Cookie: cookie } : {}, signal: AbortSignal.timeout(60_000) }).catch(() => null);
      const bytes = response ? (await response.arrayBuffer().catch(() => new ArrayBuffer(0))).byteLength : 0;
      const key = `${response?.status ?? "error"} ${target.split("?")[0]}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (round === 0) console.log(`  ${target} -> ${response?.status ?? "error"}, ${(bytes / 1024).toFixed(0)} KiB, ${ms(performance.now() - started)}`);
    }
  };
  return { statuses, done: Promise.all(Array.from({ length: count }, (_, index) => worker(index))) };
}

const dir = await mkdtemp(path.join(tmpdir(), "levers-bench-isolation-"));
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "levers" });
let app: ChildProcess | undefined;
try {
  await applyMigrations(database.databaseUrl);
  const environment = { ...process.env, DATABASE_URL: database.databaseUrl, DEMO_DATA: "false", LEVERS_WEBHOOK_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" };
  console.log(`Generating ${calls} calls...`);
  const generated = spawnSync(process.execPath, ["--import", "tsx", "scripts/data/generate.ts", "--calls", String(calls), "--seed", "42"], { cwd: projectRoot, env: environment, stdio: "inherit" });
  if (generated.status !== 0) throw new Error("data:generate failed");

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const appEnvironment = { ...environment, HOST: "127.0.0.1", PORT: String(port), APP_URL: base, AUTH_SECRET: "bench-only-secret-of-at-least-32-characters" };
  app = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--production"], { cwd: projectRoot, env: appEnvironment, stdio: ["ignore", "pipe", "inherit"] });
  app.stdout!.on("data", (chunk: Buffer) => /error|warn|build/i.test(chunk.toString()) && process.stdout.write(chunk));
  await waitFor(`${base}/api/health`, app);
  cookie ??= await benchSession(base, appEnvironment);
  await timeDeliveries(base, 1, 20); // warm-up

  startPhase();
  const alone = await timeDeliveries(base, 2, deliveries);
  startPhase();
  console.log(`\nWith ${expensive} expensive requests in flight${cookie ? " (BENCH_COOKIE sent)" : ""}:`);
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const busy = keepBusy(base, expensive, stopped);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // let them reach the database
  const loaded = await timeDeliveries(base, 3, deliveries);
  stop();
  await busy.done;

  console.log(`\n${calls} calls, ${deliveries} signed deliveries per phase, one at a time (load average ${loadavg()[0]!.toFixed(1)})\n`);
  console.log("phase                              p50        p95        max  failed");
  for (const [name, run] of [["alone", alone], [`with ${expensive} expensive requests`, loaded]] as const) {
    const { latencies, failed } = run;
    console.log(`${name.padEnd(30)} ${ms(percentile(latencies, 50)).padStart(10)} ${ms(percentile(latencies, 95)).padStart(10)} ${ms(Math.max(...latencies)).padStart(10)}  ${failed}/${latencies.length}`);
  }
  console.log("\nExpensive requests answered (status path: count):");
  for (const [key, count] of [...busy.statuses].sort()) console.log(`  ${key}: ${count}`);
} finally {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  }
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit(0);
