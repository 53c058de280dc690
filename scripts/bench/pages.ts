// npm run bench:pages [-- --iterations 20]
// Whole responses as a person waits for them: the production build (scripts/dev.ts --production,
// `next build` first when NEXT_DIST_DIR holds none) on the database `npm run data:generate` filled
// (EMBEDDED_POSTGRES_DIR/PORT, or DATABASE_URL), signed in as a manager made with users:create.
// Each page is fetched sequentially after a warm-up and read to its end; prints p50/p95, and beside
// it the same figures for the page's main SQL (the query-cases.ts case of the same address, run in
// this process against the server's database right after the page). The first view of /calls after
// a restart is timed on a second start of the server, with the same session. It runs with the
// react-server condition (as bench:queries) so the SQL cases load the app's server modules.
// CPU/req: the server process's CPU time per request (/proc), steadier than wall times on a busy machine.
// --only <regex>: the pages whose name matches (e.g. "call|deliveries"); --no-restart: skip the first
// view after a restart; --first-delay <ms>: ask for it that long after the server answers its health
// check (0 by default: at once, while the start-up warm-up still runs). An A/B run of two builds: the same command in each worktree, alternately.
import "../load-env";
import { spawn, spawnSync } from "node:child_process";
import { treeCpu } from "./process-cpu";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { findFreePort, runningEmbeddedUrl } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { projectRoot } from "../db/with-database";
import { stopProcess, waitFor } from "./app-server";
import type { BenchContext, QueryCase } from "./query-cases";

const { values: args } = parseArgs({ options: { iterations: { type: "string" }, warmup: { type: "string" }, only: { type: "string" }, "no-restart": { type: "boolean" }, "first-delay": { type: "string" } } });
const iterations = Math.max(5, Number(args.iterations ?? 20) || 20);
const warmup = Math.max(1, Number(args.warmup ?? 3) || 3);
const port = await findFreePort();
const base = `http://127.0.0.1:${port}`;

// The environment the launcher gets, taken before the SQL cases set DATABASE_URL to its database:
// the second start must start (and own) the embedded PostgreSQL again.
const launchEnv = { ...process.env };

function startServer() {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--production"], {
    cwd: projectRoot,
    env: {
      ...launchEnv, PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-of-at-least-32-characters", APP_URL: base,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { child, ready: waitFor(`${base}/api/health`, child) };
}

/** A manager made with users:create, signed in through the sign-in route: the Cookie header. */
async function signIn(): Promise<string> {
  const email = `bench-pages-${Date.now()}@example.com`;
  const password = randomBytes(18).toString("base64url");
  const created = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/users/create.ts", "--email", email, "--role", "manager", "--password-stdin"], {
    cwd: projectRoot, env: process.env, input: password, stdio: ["pipe", "ignore", "inherit"],
  });
  if (created.status !== 0) throw new Error("users:create failed");
  const response = await fetch(`${base}/api/auth/sign-in`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function timed(path: string, cookie: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

/**
 * CPU time (ms) of the server's Node processes so far (process-cpu.ts; Linux, from /proc): the
 * launcher's tree without its PostgreSQL, the launcher itself idle meanwhile. Per request it says what
 * the page costs the server whatever else the machine runs, where wall times on a shared machine
 * mostly say how busy it was.
 */
const serverCpuMs = (): number => (server.child.pid ? treeCpu(server.child.pid).nodeMs : NaN);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

let server = startServer();
try {
  await server.ready;
  const cookie = await signIn();
  const list = await timed("/calls", cookie);
  const callId = /\/calls\/([0-9a-f-]{36})/.exec(list.body)?.[1];
  // A deep page: the list's "older" link followed 40 times (keyset pages, never OFFSET).
  let deep = "/calls";
  for (let page = 0; page < (args.only === undefined || /deep/i.test(args.only) ? 40 : 0); page++) {
    const href = /href="(\/calls\?[^"]*after=[^"]*)"/.exec((await timed(deep, cookie)).body)?.[1];
    if (!href) break;
    deep = href.replaceAll("&amp;", "&");
  }
  // The SQL cases read the server's database: its URL is known once the launcher has started it.
  const bootEnv = parseEnv(process.env);
  process.env.DATABASE_URL ||= (await runningEmbeddedUrl(path.resolve(projectRoot, bootEnv.EMBEDDED_POSTGRES_DIR))) ?? "";
  const { analyticsCases } = await import("./analytics-queries");
  const { callPageCase, listCase, nextCallCase } = await import("./query-cases");
  const { disconnectDb } = await import("@/lib/db");
  const listSql = (path: string) => listCase("list", path.replace(/^\/calls\??/, ""), 0);
  const analyticsSql = (path: string) => analyticsCases(path.replace(/^\/analytics\??/, "")).find((c) => c.name.endsWith("whole page"));
  const page = (name: string, path: string, sql?: QueryCase): [string, string, QueryCase | undefined] => [name, path, sql];
  const cases = [
    ...([
      ["list", "/calls"],
      ["filter: one outcome", "/calls?outcome=payment_promise"],
      ["filter: outcome and sentiment", "/calls?outcome=dispute&sentiment=positive"],
      ["filter: 7 days, negative", "/calls?range=7d&sentiment=negative"],
      ["filter: duration", "/calls?dmin=300"],
      ["search: friday", "/calls?q=friday"],
      ["search: pay -pay", "/calls?q=pay%20-pay"],
      ["search: phone 4106", "/calls?phone=4106"],
      ["deep page (40 pages in)", deep],
    ] as const).map(([name, path]) => page(name, path, listSql(path))),
    ...(callId ? [page("a call", `/calls/${callId}`, callPageCase), page("next call (redirect)", `/calls/${callId}/next`, nextCallCase(""))] : []),
    ...([
      ["analytics 90d (roll-up)", "/analytics?range=90d"],
      ["analytics 90d, q=friday (calls)", "/analytics?range=90d&q=friday"],
      ["analytics 90d, phone=971 (calls)", "/analytics?range=90d&phone=971"],
    ] as const).map(([name, path]) => page(name, path, analyticsSql(path))),
    page("deliveries", "/webhooks"),
  ];
  const sqlContext = (iteration: number): BenchContext => ({ now: new Date(), timeZone: bootEnv.DASHBOARD_TIMEZONE, sampleIds: callId ? [callId] : [], iteration });
  const column = (times: number[]) => `${percentile(times, 50).toFixed(1).padStart(7)} ms ${percentile(times, 95).toFixed(1).padStart(7)} ms`;
  console.log(`${iterations} sequential requests per page after ${warmup} warm-up ones; whole responses, then the page's main SQL alone\n`);
  console.log(`${"page".padEnd(36)} ${"status".padStart(6)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"CPU/req".padStart(9)}   ${"SQL p50".padStart(9)} ${"SQL p95".padStart(9)}`);
  const only = args.only === undefined ? null : new RegExp(args.only, "i");
  for (const [name, path, sql] of cases.filter(([name]) => !only || only.test(name))) {
    for (let i = 0; i < warmup; i++) await timed(path, cookie);
    const times: number[] = [];
    let status = 0;
    const cpuBefore = serverCpuMs();
    for (let i = 0; i < iterations; i++) {
      const result = await timed(path, cookie);
      times.push(result.ms);
      status = result.status;
    }
    const cpu = `${((serverCpuMs() - cpuBefore) / iterations).toFixed(1).padStart(7)} ms`;
    times.sort((a, b) => a - b);
    let sqlColumn = "";
    if (sql) {
      const sqlTimes: number[] = [];
      try {
        for (let i = 0; i < warmup; i++) await sql.run(sqlContext(i));
        for (let i = 0; i < iterations; i++) {
          const started = performance.now();
          await sql.run(sqlContext(warmup + i));
          sqlTimes.push(performance.now() - started);
        }
        sqlColumn = `   ${column(sqlTimes.sort((a, b) => a - b))}`;
      } catch (error) {
        sqlColumn = `   SQL failed: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 80)}`;
      }
    }
    console.log(`${name.padEnd(36)} ${String(status).padStart(6)} ${column(times)} ${cpu}${sqlColumn}`);
  }
  await disconnectDb();
  if (!args["no-restart"]) {
    // The first view after a restart: a new server process, caches empty, the same session.
    await stopProcess(server.child);
    server = startServer();
    await server.ready;
    const delay = Math.max(0, Number(args["first-delay"] ?? 0) || 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const first = await timed("/calls", cookie);
    const label = delay > 0 ? `first /calls, ${delay} ms after a restart` : "first /calls after a restart";
    console.log(`${label.padEnd(36)} ${String(first.status).padStart(6)} ${first.ms.toFixed(1).padStart(7)} ms`);
  }
  console.log("\nEvery SQL case: npm run bench:queries");
} finally {
  await stopProcess(server.child);
}
