// npm run bench:analytics - the analytics page's queries at a million calls.
// Exports the query cases (for a shared runner such as `npm run bench:queries`) and, run directly,
// measures them on a benchmark database: DATABASE_URL, or an embedded PostgreSQL kept in
// .data/bench-postgres, filled with generated calls up to --calls (default 1,000,000, spread over
// a year) the first time. Options: --calls=N --runs=N --range=90d --group=week --tz=Europe/Berlin.
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { parseCallFilters, type CallFilters } from "@/lib/calls/filters";
import { analyticsWhere, getAnalytics, type AnalyticsContext } from "@/lib/analytics/get-analytics";
import { getBreakdowns, getTotals } from "@/lib/analytics/queries";

export type QueryCase = { name: string; run: () => Promise<unknown> };

/** The page's two queries for `filters` (default: the last 90 days, by week), each alone, then together as the page runs them. */
export function analyticsQueryCases(
  filters: CallFilters = parseCallFilters({ range: "90d" }).filters,
  context: AnalyticsContext = { now: new Date(), timeZone: "Europe/Berlin", grain: "week" },
): QueryCase[] {
  const where = analyticsWhere(filters, context);
  return [
    { name: "analytics: period breakdowns (one pass)", run: () => getBreakdowns(where.current, { grain: context.grain, timeZone: context.timeZone, ...where.currentRange }) },
    { name: "analytics: previous-period totals", run: () => (where.previous ? getTotals(where.previous) : Promise.resolve(null)) },
    { name: "analytics: whole page (parallel)", run: () => getAnalytics(filters, context) },
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function measure(cases: QueryCase[], runs: number): Promise<void> {
  for (const { run } of cases) await run(); // warm the cache and the connection pool
  for (const { name, run } of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(44)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
  }
}

async function main() {
  const option = (name: string, fallback: string) =>
    process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
  const wanted = Number(option("calls", "1000000"));
  const runs = Number(option("runs", "30"));
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded-postgres");
  const { applyMigrations } = await import("@/lib/db/migrations");
  const { seedCalls } = await import("./analytics-seed");
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, "../../.data/bench-postgres/data"), database: "levers_bench" });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.databaseUrl;
  process.env.DATABASE_URL = databaseUrl;
  try {
    await applyMigrations(databaseUrl);
    const client = new pg.Client(databaseUrl);
    await client.connect();
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM calls");
    await client.end();
    const have = rows[0]!.n;
    if (have < wanted) {
      console.log(`Adding ${wanted - have} generated calls (have ${have})...`);
      await seedCalls(databaseUrl, { from: have, to: wanted }, { now: new Date(), spreadDays: 365 });
    }
    const { filters } = parseCallFilters({ range: option("range", "90d") });
    const grain = option("group", "week");
    if (grain !== "day" && grain !== "week" && grain !== "month") throw new Error("--group: expected day, week or month");
    const timeZone = option("tz", "Europe/Berlin");
    console.log(`${Math.max(have, wanted)} calls; range ${filters.range.preset}, by ${grain}, in ${timeZone}; ${runs} runs each`);
    await measure(analyticsQueryCases(filters, { now: new Date(), timeZone, grain }), runs);
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await embedded?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
