import "../load-env";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { projectRoot } from "../db/with-database";
const bootEnv = parseEnv(process.env);
const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(projectRoot, bootEnv.EMBEDDED_POSTGRES_DIR), port: bootEnv.EMBEDDED_POSTGRES_PORT });
process.env.DATABASE_URL = embedded.databaseUrl;
await (async (url: string) => {
  void url;
  const { parseCallFilters } = await import("@/lib/calls/filters");
  const { buildCallWhere } = await import("@/lib/calls/call-where");
  const { buildDayCubeWhere, ensureDayCube } = await import("@/lib/analytics/day-cube");
  const { queryLabelCounts, queryDayCubeLabelCounts, queryBoundedLabelCounts, countByLabel } = await import("@/lib/calls/label-counts");
  const { disconnectDb } = await import("@/lib/db");
  const context = { now: new Date(), timeZone: "UTC" };
  await ensureDayCube("UTC");
  const time = async (name: string, run: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) { const s = performance.now(); await run(); ms.push(performance.now() - s); }
    console.log(`${name.padEnd(50)} first ${ms[0]!.toFixed(0)} ms, best ${Math.min(...ms).toFixed(0)} ms`);
  };
  for (const q of ["", "range=90d&sentiment=negative", "q=friday", "dmin=300"]) {
    const { filters } = parseCallFilters(new URLSearchParams(q));
    const others = { ...filters, outcomes: [] };
    await time(`plain count, ${q || "(none)"}`, () => queryLabelCounts("outcome_key", buildCallWhere(others, context)));
    if (!q.includes("q=") && !q.includes("dmin")) await time(`roll-up count, ${q || "(none)"}`, () => queryDayCubeLabelCounts("outcome_key", buildDayCubeWhere(others, context)));
    else await time(`bounded count, ${q}`, () => queryBoundedLabelCounts("outcome_key", buildCallWhere(others, context)));
  }
  const s = performance.now();
  await Promise.all([countByLabel("outcome_key", parseCallFilters({}).filters, context), countByLabel("sentiment_key", parseCallFilters({}).filters, context), countByLabel("project_id", parseCallFilters({}).filters, context)]);
  console.log(`countByLabel x3 cold (the list page's three), no filters: ${(performance.now() - s).toFixed(0)} ms`);
  await disconnectDb();
  await embedded.stop();
})("");
