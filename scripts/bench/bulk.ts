// npm run bench:bulk [-- --calls 100000]
// Times the three bulk actions (mark reviewed, assign, tag) on a filtered set of about --calls
// calls of the configured database (DATABASE_URL, or the embedded PostgreSQL of
// EMBEDDED_POSTGRES_DIR): the unreviewed calls of the most recent days that hold that many. Each
// is one statement in one transaction with its audit event, as the list's bulk actions run it.
// Afterwards the reviews, tags and history it made are removed again (the audit events stay).
import "../load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseCallFilters } from "@/lib/calls/filters";
import { disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { bulkAssign, bulkMarkReviewed, bulkTag } from "@/lib/reviews/bulk";
import { projectRoot } from "../db/with-database";

const { values: args } = parseArgs({ options: { calls: { type: "string" } } });
const wanted = Math.max(1000, Number(args.calls ?? 100_000) || 100_000);
const BENCH_USER = { id: "bench-bulk", email: "bench-bulk@example.invalid", role: "manager" as const };
const TAG = "bench-bulk";

const bootEnv = parseEnv(process.env);
let embedded: EmbeddedDatabase | undefined;
if (!bootEnv.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dataDir: path.resolve(projectRoot, bootEnv.EMBEDDED_POSTGRES_DIR), port: bootEnv.EMBEDDED_POSTGRES_PORT });
  process.env.DATABASE_URL = embedded.databaseUrl;
}
const admin = new pg.Client(process.env.DATABASE_URL);
await admin.connect();
const timeZone = bootEnv.DASHBOARD_TIMEZONE;

try {
  await admin.query(`INSERT INTO users (id, name, email, role) VALUES ($1, 'Bench bulk', $2, 'manager') ON CONFLICT DO NOTHING`, [BENCH_USER.id, BENCH_USER.email]);
  // The first local day from which the newest days hold `wanted` unreviewed calls.
  const { rows: [start] } = await admin.query<{ day: string }>(
    `SELECT day::text FROM (
       SELECT (ended_at AT TIME ZONE $1)::date AS day, sum(count(*)) OVER (ORDER BY (ended_at AT TIME ZONE $1)::date DESC) AS running
       FROM calls c WHERE NOT EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = c.id)
       GROUP BY 1) days
     WHERE running >= $2 ORDER BY day DESC LIMIT 1`,
    [timeZone, wanted],
  );
  const query = `from=${start?.day ?? "2000-01-01"}&to=2999-12-31&review=not_reviewed`;
  const { filters } = parseCallFilters(new URLSearchParams(query));
  const by = { user: BENCH_USER, origin: { ipAddress: "127.0.0.1", userAgent: "bench:bulk" } };
  const context = { now: new Date(), timeZone };
  console.log(`Filtered set: /calls?${query}`);
  const time = async (name: string, work: () => Promise<{ matched: number; changed: number }>) => {
    const started = performance.now();
    const result = await work();
    console.log(`${name.padEnd(14)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s  matched ${result.matched.toLocaleString("en")}, changed ${result.changed.toLocaleString("en")}`);
  };
  // Assign and tag first: marking reviewed takes the calls out of the filter.
  await time("assign", () => bulkAssign({ filters }, BENCH_USER.id, by, context));
  await time("tag", () => bulkTag({ filters }, TAG, by, context));
  await time("mark reviewed", () => bulkMarkReviewed({ filters }, by, context));
} finally {
  const started = performance.now();
  await admin.query("DELETE FROM call_review_changes WHERE actor_id = $1", [BENCH_USER.id]);
  await admin.query("DELETE FROM call_tags WHERE tag = $1", [TAG]);
  await admin.query("DELETE FROM call_reviews WHERE updated_by = $1", [BENCH_USER.id]);
  await admin.query("VACUUM (ANALYZE) call_reviews, call_tags, call_review_changes");
  console.log(`Removed the bench's reviews again in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await admin.end();
  await disconnectDb();
  await embedded?.stop();
}
