// npm run bench:queries [-- --iterations 30]
// p50/p95 of every case in query-cases.ts against the configured database (DATABASE_URL, or the
// embedded PostgreSQL of EMBEDDED_POSTGRES_DIR), then EXPLAIN of each statement they ran; any plan
// that reads the whole calls table (Seq Scan on calls) is printed. Load data first with
// `npm run data:generate -- --calls 1000000`. It runs with the react-server condition, as the app
// does on the server, so `server-only` modules load.
import "../load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { projectRoot } from "../db/with-database";
import { captureStatements, type Statement } from "./capture-sql";
import { QUERY_CASES, type BenchContext } from "./query-cases";

const { values: args } = parseArgs({ options: { iterations: { type: "string" }, only: { type: "string" } } });
const iterations = Math.max(5, Number(args.iterations ?? 30) || 30);
const WARMUP = 2;

// The app's getEnv() caches on first use, so the database URL is settled before any app code runs.
const bootEnv = parseEnv(process.env);
let embedded: EmbeddedDatabase | undefined;
if (!bootEnv.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dataDir: path.resolve(projectRoot, bootEnv.EMBEDDED_POSTGRES_DIR), port: bootEnv.EMBEDDED_POSTGRES_PORT });
  process.env.DATABASE_URL = embedded.databaseUrl;
}
const databaseUrl = process.env.DATABASE_URL ?? "";
const admin = new pg.Client(databaseUrl);
await admin.connect();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

type PlanNode = { [key: string]: unknown; Plans?: PlanNode[] };

/** Rows a plan read from `calls` by sequential scan (a Seq Scan under a LIMIT may stop early). */
function seqScannedRows(node: PlanNode): number {
  const own =
    node["Node Type"] === "Seq Scan" && node["Relation Name"] === "calls"
      ? Number(node["Actual Rows"] ?? 0) * Number(node["Actual Loops"] ?? 1) + Number(node["Rows Removed by Filter"] ?? 0)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + seqScannedRows(child), 0);
}

/** The plan of a statement when, run for real, it read at least half the table sequentially. */
async function fullScanPlan(statement: Statement, tableRows: number): Promise<string | null> {
  const analyzed = await admin.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
  const root = analyzed.rows[0]?.["QUERY PLAN"][0].Plan;
  if (!root || seqScannedRows(root) < tableRows / 2) return null;
  const { rows } = await admin.query<{ "QUERY PLAN": string }>(`EXPLAIN ${statement.text}`, statement.values);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

try {
  const { rows: [size] } = await admin.query<{ n: string }>("SELECT count(*) AS n FROM calls");
  const { rows: sample } = await admin.query<{ id: string }>("SELECT id FROM calls TABLESAMPLE SYSTEM (0.2) LIMIT 500");
  const tableRows = Number(size?.n);
  console.log(`calls: ${tableRows.toLocaleString("en")}; ${iterations} runs per case after ${WARMUP} warm-up runs\n`);
  const timeZone = bootEnv.DASHBOARD_TIMEZONE;
  const results: { group: string; name: string; p50: number; p95: number; target: number; seqScans: string[] }[] = [];

  for (const queryCase of QUERY_CASES.filter((c) => !args.only || `${c.group} ${c.name}`.includes(args.only))) {
    const context = (iteration: number): BenchContext => ({ now: new Date(), timeZone, sampleIds: sample.map((r) => r.id), iteration });
    const times: number[] = [];
    let statements: Statement[];
    try {
      statements = await captureStatements(() => queryCase.run(context(0)));
      for (let i = 1; i < WARMUP; i++) await queryCase.run(context(i));
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await queryCase.run(context(WARMUP + i));
        times.push(performance.now() - started);
      }
    } catch (error) {
      // A case past the read timeout (READ_STATEMENT_TIMEOUT_MS) is a result, not the end of the run.
      const reason = error instanceof Error ? error.message.split("\n").find((line) => line.trim()) ?? error.name : String(error);
      console.log(`FAIL ${queryCase.group.padEnd(10)} after ${times.length} timed runs: ${reason.trim().slice(0, 160)}  ${queryCase.name}`);
      continue;
    }
    times.sort((a, b) => a - b);
    // One at a time: they share one client.
    const plans: (string | null)[] = [];
    for (const statement of statements) plans.push(await fullScanPlan(statement, tableRows));
    const seqScans = plans.filter((plan): plan is string => plan !== null);
    const result = { group: queryCase.group, name: queryCase.name, p50: percentile(times, 50), p95: percentile(times, 95), target: queryCase.targetMs, seqScans };
    results.push(result);
    const verdict = result.p95 <= result.target ? "ok " : "SLOW";
    console.log(`${verdict} ${result.group.padEnd(10)} p50 ${result.p50.toFixed(1).padStart(7)} ms  p95 ${result.p95.toFixed(1).padStart(7)} ms  (target ${result.target} ms)  ${result.name}${seqScans.length ? "  [FULL TABLE SCAN]" : ""}`);
  }

  const withScans = results.filter((r) => r.seqScans.length);
  if (withScans.length) {
    console.log("\nPlans that scan the whole calls table:");
    for (const r of withScans) for (const plan of r.seqScans) console.log(`\n--- ${r.group}: ${r.name}\n${plan}`);
  } else {
    console.log("\nNo plan scans the whole calls table.");
  }
  console.log("\nWorst p95 per group:");
  for (const group of [...new Set(results.map((r) => r.group))]) {
    const worst = results.filter((r) => r.group === group).sort((a, b) => b.p95 - a.p95)[0]!;
    console.log(`  ${group.padEnd(34)} ${worst.p95.toFixed(1).padStart(7)} ms  (${worst.name})`);
  }
} finally {
  await admin.end();
  await disconnectDb();
  await embedded?.stop();
}
