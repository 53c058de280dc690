// npm run bench:export [-- --query "outcome=dispute" --runs 1 --streams 1,2 --hash]
// Times a whole CSV export (the route's body, without the HTTP layer) on the configured database
// (DATABASE_URL, or the embedded PostgreSQL of EMBEDDED_POSTGRES_DIR/PORT, e.g. the one data:generate
// filled), reading it as fast as a client could, and prints rows, bytes, time to the first bytes,
// rows/s and the process's peak RSS (sampled every 50 ms). `--streams 1,2` alternates the number of
// COPY statements per export (EXPORT_STREAMS by default) run after run, for side-by-side figures;
// `--hash` prints each file's SHA-256 (costs Node time: compare bytes with it, not speed).
import "../load-env";
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { projectRoot } from "../db/with-database";

const { values: args } = parseArgs({
  options: { query: { type: "string" }, runs: { type: "string" }, streams: { type: "string" }, hash: { type: "boolean" } },
});
const runs = Math.max(1, Number(args.runs ?? 1) || 1);
const query = args.query ?? "";
const streamCounts = (args.streams ?? "").split(",").filter(Boolean).map(Number);

// getEnv() caches on first use: the database URL is settled before any app code runs.
const bootEnv = parseEnv(process.env);
let embedded: EmbeddedDatabase | undefined;
if (!bootEnv.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dataDir: path.resolve(projectRoot, bootEnv.EMBEDDED_POSTGRES_DIR), port: bootEnv.EMBEDDED_POSTGRES_PORT });
  process.env.DATABASE_URL = embedded.databaseUrl;
}
const { openCallsExport } = await import("@/lib/calls/export-calls");
const { exportStream } = await import("@/lib/calls/export-stream");
const { parseCallFilters } = await import("@/lib/calls/filters");

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

try {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  console.log(`Export of ${query || "(no filters)"}, ${runs} run(s); RSS at start ${mb(process.memoryUsage().rss)}`);
  for (let run = 1; run <= runs; run++) {
    const streams = streamCounts.length ? streamCounts[(run - 1) % streamCounts.length] : undefined;
    const hash = args.hash ? createHash("sha256") : undefined;
    peakRss = process.memoryUsage().rss;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const csv = await openCallsExport(filters, { now: new Date(), timeZone: bootEnv.DASHBOARD_TIMEZONE }, { streams });
    const firstBytes = performance.now() - started;
    const reader = exportStream(csv, () => {}).getReader();
    let bytes = 0;
    let lineEnds = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      hash?.update(chunk.value);
      // Counted as a check only (CRLF ends every row; a cell may hold a CRLF too, so this is an upper bound).
      for (let at = chunk.value.indexOf(0x0a); at >= 0; at = chunk.value.indexOf(0x0a, at + 1)) lineEnds++;
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = csv.rowsSent();
    const nodeCpu = process.cpuUsage(cpu);
    const load = loadavg().map((l) => l.toFixed(2)).join(" ");
    console.log(
      `run ${run} (${csv.slices} stream${csv.slices > 1 ? "s" : ""}): ${rows.toLocaleString("en")} rows (${lineEnds.toLocaleString("en")} line ends), ${mb(bytes)} in ${seconds.toFixed(1)} s` +
        ` (first bytes after ${firstBytes.toFixed(0)} ms; ${Math.round(rows / seconds).toLocaleString("en")} rows/s, ${mb(bytes / seconds)}/s); Node CPU ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s; peak RSS ${mb(peakRss)} (this run); load ${load}` +
        (hash ? `; sha256 ${hash.digest("hex").slice(0, 16)}` : ""),
    );
  }
} finally {
  clearInterval(sampler);
  await disconnectDb();
  await embedded?.stop();
}
