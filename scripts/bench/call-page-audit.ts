// npm run bench:call-audit [-- --calls 20000 --iterations 400]
// What the audit row costs the call page: p50/p95 of the page's data step (getCall) alone, with the
// audit write beside it (as the page does it), and with the write after it (for comparison), on a
// throw-away embedded PostgreSQL filled with generated calls. Runs with the react-server condition.
import "../load-env";
import { rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { getCall } from "@/lib/calls/get-call";
import { insertCalls } from "@/lib/calls/insert-calls";
import { disconnectDb, getDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { reloadEnv } from "@/lib/env";

const { values } = parseArgs({ options: { calls: { type: "string" }, iterations: { type: "string" } } });
const total = Number(values.calls ?? 20_000);
const iterations = Number(values.iterations ?? 400);

const dir = await mkdtemp(path.join(tmpdir(), "levers-bench-audit-"));
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
try {
  await applyMigrations(database.databaseUrl);
  process.env.DATABASE_URL = database.databaseUrl;
  reloadEnv();
  const now = new Date();
  for (let done = 0; done < total; done += 2000) {
    const batch = generateCalls(Math.min(2000, total - done), { seed: 100 + done, now, spreadDays: 60 });
    await insertCalls(batch.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  }
  const ids = (await getDb().call.findMany({ select: { id: true }, take: 5000 })).map((row) => row.id);
  const user = { id: "bench-user", email: "bench@example.test" };
  const headers = new Headers({ "x-forwarded-for": "127.0.0.1", "user-agent": "bench" });
  // getCall is cached per request with React's cache(); outside a request it is a plain call.
  const variants: Record<string, (id: string) => Promise<unknown>> = {
    "getCall only": (id) => getCall(id),
    "getCall + audit row, in parallel (the page)": (id) => Promise.all([getCall(id), recordUserEvent(user, headers, "call.viewed", { type: "call", id })]),
    "getCall, then audit row": async (id) => {
      await getCall(id);
      await recordUserEvent(user, headers, "call.viewed", { type: "call", id });
    },
  };
  const timings: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < iterations + 20; i++) {
    for (const [name, run] of Object.entries(variants)) {
      const started = performance.now();
      await run(ids[(i * 7 + name.length) % ids.length]!);
      if (i >= 20) timings[name]!.push(performance.now() - started);
    }
  }
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  console.log(`${total.toLocaleString("en-US")} calls, ${iterations} iterations each, interleaved:`);
  for (const [name, list] of Object.entries(timings)) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(46)} p50 ${pct(sorted, 50).toFixed(2)} ms   p95 ${pct(sorted, 95).toFixed(2)} ms`);
  }
} finally {
  await disconnectDb();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
