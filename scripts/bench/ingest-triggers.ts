// npm run bench:ingest-triggers [-- --samples 200]
// Where PostgreSQL's time of one delivery goes, trigger by trigger, on the configured database
// (DATABASE_URL, or the embedded one of `npm run dev`; e.g. a data:generate database with every
// roll-up built). The ingestion statement itself (ingest.ts) is EXPLAINed with ANALYZE, BUFFERS and
// WAL inside a transaction that is rolled back, so nothing is kept, for three kinds of delivery:
//   latest      a new call to an existing contact, after its last call (deliveries in time order)
//   late        a new call to an existing contact, a minute before one of its calls
//   redelivery  a newer version of an existing call (ON CONFLICT DO UPDATE)
// The commit (one WAL flush) is not included: it is the same for every statement.
import "../load-env";
import { parseArgs } from "node:util";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { ingestStatement } from "@/lib/webhooks/levers/ingest";
import { parseDelivery } from "@/lib/webhooks/levers/parse-delivery";
import { withDatabase } from "../db/with-database";

const { values } = parseArgs({ options: { samples: { type: "string", default: "200" } } });
const samples = Number(values.samples);

type Plan = { "Execution Time": number; "Planning Time": number; Triggers?: { "Trigger Name": string; Time: number; Calls: number }[]; Plan: { "WAL Records"?: number; "WAL Bytes"?: number } };
type Kind = "latest" | "late" | "redelivery";

function deliveryOf(rawBody: string, kind: Kind, endedAt: Date) {
  const body = JSON.parse(rawBody) as Record<string, unknown>;
  if (kind !== "redelivery") body.providerCallId = `bench-${randomUUID()}`;
  const text = JSON.stringify(body);
  const event = parseDelivery(text);
  if (event.kind !== "call_ended") throw new Error("a stored body that is not a call");
  const at = kind === "latest" ? new Date() : kind === "late" ? new Date(endedAt.getTime() - 60_000) : new Date(Date.now() + 1000);
  return { svixId: `msg_${randomUUID()}`, svixTimestamp: at, eventType: event.type, rawBody: text, bodyBytes: Buffer.byteLength(text), data: event.data };
}

const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0);

await withDatabase(async (databaseUrl) => {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    getEnv(); // the same contact settings as the app
    const { rows } = await client.query<{ raw_body: string; ended_at: Date }>(
      "SELECT raw_body, ended_at FROM calls TABLESAMPLE SYSTEM (5) WHERE contact_number IS NOT NULL LIMIT $1",
      [samples],
    );
    console.log(`${rows.length} sampled calls; state: ${JSON.stringify((await client.query("SELECT (SELECT rules_zone FROM contact_state) AS rules, (SELECT time_zone FROM call_day_cube_zone) AS cube, (SELECT built_at IS NOT NULL FROM promise_follow_through_state) AS promises")).rows[0])}`);
    for (const kind of ["latest", "late", "redelivery"] as const) {
      const total: number[] = [];
      const planning: number[] = [];
      const wal: number[] = [];
      const walBytes: number[] = [];
      const triggers = new Map<string, number[]>();
      for (const [index, row] of rows.entries()) {
        const statement = ingestStatement(deliveryOf(row.raw_body, kind, row.ended_at));
        await client.query("BEGIN");
        try {
          const result = await client.query<{ "QUERY PLAN": Plan[] }>({ text: `EXPLAIN (ANALYZE, BUFFERS, WAL, FORMAT JSON) ${statement.text}`, values: statement.values });
          const plan = result.rows[0]!["QUERY PLAN"][0]!;
          if (index < 10) continue; // warm-up
          total.push(plan["Execution Time"]);
          planning.push(plan["Planning Time"]);
          wal.push(plan.Plan["WAL Records"] ?? 0);
          walBytes.push(plan.Plan["WAL Bytes"] ?? 0);
          for (const trigger of plan.Triggers ?? []) triggers.set(trigger["Trigger Name"], [...(triggers.get(trigger["Trigger Name"]) ?? []), trigger.Time]);
        } finally {
          await client.query("ROLLBACK");
        }
      }
      const triggerTotal = [...triggers.values()].reduce((sum, list) => sum + mean(list), 0);
      console.log(`\n${kind}: execution ${mean(total).toFixed(3)} ms (planning ${mean(planning).toFixed(3)} ms), WAL ${mean(wal).toFixed(0)} records / ${mean(walBytes).toFixed(0)} bytes, over ${total.length} deliveries`);
      console.log(`  the statement without its triggers: ${(mean(total) - triggerTotal).toFixed(3)} ms`);
      for (const [name, list] of [...triggers].sort((a, b) => mean(b[1]) - mean(a[1]))) console.log(`  ${name.padEnd(36)} ${mean(list).toFixed(3)} ms`);
    }
  } finally {
    await client.end();
  }
});
