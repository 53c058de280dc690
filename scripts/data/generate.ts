// npm run data:generate -- --calls 1000000 [--seed 42] [--days 90] [--reviewed 0.05]
// Fills the configured database (DATABASE_URL, or the embedded PostgreSQL of `npm run dev`) with
// realistic calls from the same generator as the webhook sender, through COPY FROM STDIN on two
// connections, oldest first as Levers delivers them (time-order.ts). From 100,000 calls on, the
// secondary indexes are dropped and rebuilt afterwards.
// The analytics roll-up's per-row trigger is skipped by the loader's sessions; the roll-up is rebuilt after it.
// --reviewed: that share of the calls is also reviewed and corrected (add-reviews.ts), before the roll-up.
import "../load-env";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { z } from "zod";
import { CALL_COPY_COLUMNS, callCopyLine } from "@/lib/calls/copy-rows";
import { generateCall } from "@/lib/calls/generate";
import { LOCK_DAY_CUBE, rebuildDayCubeSql } from "@/lib/analytics/day-cube-sql";
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrations";
import { withDatabase } from "../db/with-database";
import { addReviews } from "./add-reviews";
import { prepareContactsForLoad, finishContactsAfterLoad } from "./contacts-after-load";
import { createIndexes, dropIndexes, listDroppableIndexes } from "./bulk-indexes";
import { indexesInTimeOrder } from "./time-order";

const argsSchema = z.object({
  calls: z.coerce.number().int().min(1).max(50_000_000).default(10_000),
  seed: z.coerce.number().int().min(0).default(() => Date.now() % 1_000_000_000),
  days: z.coerce.number().int().min(1).max(3650).default(90),
  reviewed: z.coerce.number().min(0).max(1).default(0),
});
const { values } = parseArgs({ options: { calls: { type: "string" }, seed: { type: "string" }, days: { type: "string" }, reviewed: { type: "string" } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(`Usage: npm run data:generate -- --calls N [--seed N] [--days N] [--reviewed SHARE]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const { calls, seed, days, reviewed } = parsed.data;
const WORKERS = 2;
const REBUILD_FROM = 100_000;

// The next position of the time order that a worker takes a block from. Handing out short blocks
// keeps both connections at the same point in time, so the heap's pages follow ended_at closely
// (each connection fills pages of its own: with a fixed half or every other call each, the two
// drift apart and the table's correlation with ended_at falls to about 0.7).
const BLOCK = 500;
let nextPosition = 0;

async function copyCalls(client: pg.Client, now: Date, order: Uint32Array, onProgress: () => void): Promise<void> {
  const stream = client.query(copyFrom(`COPY calls (${CALL_COPY_COLUMNS.join(", ")}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => stream.on("finish", resolve).on("error", reject));
  for (let start = nextPosition; start < calls; start = nextPosition) {
    nextPosition = start + BLOCK;
    let chunk = "";
    for (let position = start; position < Math.min(start + BLOCK, calls); position++) {
      chunk += callCopyLine(generateCall(order[position]!, { seed, now, spreadDays: days }));
    }
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
    onProgress();
  }
  stream.end();
  await done;
}

await withDatabase(async (databaseUrl) => {
  await applyMigrations(databaseUrl);
  const clients = Array.from({ length: WORKERS }, () => new pg.Client(databaseUrl));
  await Promise.all(clients.map((client) => client.connect()));
  const [main] = clients as [pg.Client];
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  try {
    for (const client of clients) await client.query("SET synchronous_commit = off");
    const rebuild = calls >= REBUILD_FROM ? await listDroppableIndexes(main) : [];
    if (rebuild.length) {
      console.log(`Dropping ${rebuild.length} secondary indexes for the load; they are rebuilt afterwards.`);
      await dropIndexes(main, rebuild);
    }
    console.log(`Loading ${calls.toLocaleString("en")} calls (seed ${seed}, over ${days} days)...`);
    const now = new Date();
    let lastReport = Date.now();
    const progress = () => {
      if (Date.now() - lastReport < 10_000) return;
      lastReport = Date.now();
      console.log(`  ${seconds()} s`);
    };
    // Marked stale first: should the load stop half way, the page rebuilds the roll-up on first use.
    await main.query("UPDATE call_day_cube_zone SET time_zone = NULL");
    const contactsCurrent = await prepareContactsForLoad(main);
    // Only the loader's own sessions skip the trigger (session_replication_role, superuser or PG 15+
    // with SET granted): live ingestion keeps counting, and a killed load leaves nothing switched off.
    // Without that right, the trigger is switched off table-wide for the load and back on after it.
    const sessionOnly = await Promise.all(
      clients.map((client) => client.query("SET session_replication_role = replica").then(() => true, () => false)),
    );
    const tableWide = !sessionOnly.every(Boolean);
    if (tableWide) await main.query("ALTER TABLE calls DISABLE TRIGGER calls_day_cube");
    try {
      // In time order, as Levers delivers them: the heap's order then follows ended_at (time-order.ts).
      const order = indexesInTimeOrder(calls, seed, now, days);
      console.log(`Put in time order by ${seconds()} s`);
      await Promise.all(clients.map((client) => copyCalls(client, now, order, progress)));
      console.log(`Copied in ${seconds()} s`);
    } finally {
      for (const client of clients) await client.query("SET session_replication_role = DEFAULT").catch(() => {});
      if (tableWide) await main.query("ALTER TABLE calls ENABLE TRIGGER calls_day_cube");
      if (rebuild.length) {
        await createIndexes(clients, rebuild);
        console.log(`Rebuilt indexes by ${seconds()} s`);
      }
    }
    if (reviewed > 0) {
      // The roll-up is marked stale, so its trigger skips these corrections; the rebuild counts them.
      const added = await addReviews(main, { reviewed, corrected: 1, seed });
      console.log(`Reviewed and corrected ${added.reviewed.toLocaleString("en")} calls by ${seconds()} s`);
    }
    await main.query("BEGIN");
    for (const statement of [LOCK_DAY_CUBE, ...rebuildDayCubeSql(getEnv().DASHBOARD_TIMEZONE)]) {
      await main.query(statement.text, statement.values);
    }
    await main.query("COMMIT");
    console.log(`Rolled up for analytics by ${seconds()} s`);
    await finishContactsAfterLoad(main, contactsCurrent);
    console.log(`Calling-rule flags built by ${seconds()} s`);
    // VACUUM too: it sets the visibility map, without which the analytics' index-only scans fall
    // back to reading the table until autovacuum gets round to it.
    await main.query("VACUUM (ANALYZE) calls");
    console.log(`Vacuumed by ${seconds()} s`);
    const { rows } = await main.query<{ total: string }>("SELECT count(*) AS total FROM calls");
    console.log(`Done in ${seconds()} s; the table now holds ${Number(rows[0]?.total).toLocaleString("en")} calls.`);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
});
