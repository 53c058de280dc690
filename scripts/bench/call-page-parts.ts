// npx tsx --conditions=react-server scripts/bench/call-page-parts.ts [--iterations 30]: each read of the call page on its own (in this
// process, on DATABASE_URL or the embedded database), p50/p95, for the newest call of the list;
// then all of them started together as the page starts them. Whole responses: npm run bench:pages.
import "../load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { runningEmbeddedUrl } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { projectRoot } from "../db/with-database";

const { values: args } = parseArgs({ options: { iterations: { type: "string" } } });
const iterations = Math.max(5, Number(args.iterations ?? 30) || 30);
const env = parseEnv(process.env);
process.env.DATABASE_URL ||= (await runningEmbeddedUrl(path.resolve(projectRoot, env.EMBEDDED_POSTGRES_DIR))) ?? "";

const { getDb, disconnectDb } = await import("@/lib/db");
const { loadCallPage, callPageParts } = await import("@/lib/calls/call-page-data");
const { parseCallFilters } = await import("@/lib/calls/filters");
const { parseListPosition } = await import("@/lib/calls/list-params");

const [newest] = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls ORDER BY ended_at DESC, id DESC LIMIT 1`;
if (!newest) throw new Error("no calls");
const { filters } = parseCallFilters({});
const { position } = parseListPosition({}, filters);
const input = { id: newest.id, filters, sort: position.sort, context: { now: new Date(), timeZone: env.DASHBOARD_TIMEZONE } };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function time(name: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} ${percentile(times, 50).toFixed(1).padStart(7)} ms ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
}

console.log(`${iterations} sequential runs of each read after 3 warm-up ones, call ${newest.id}\n`);
for (const [name, run] of Object.entries(callPageParts(input))) await time(name, run);
await time("every read together (loadCallPage)", () => loadCallPage(input).settled());
await disconnectDb();
