// Fills a benchmark database with generated calls (lib/calls/generate.ts), in multi-row INSERTs of
// unnest()ed arrays: about a million calls in minutes, realistic rows (transcripts, raw bodies,
// the generated full-text column) so the table is as wide as a real one.
// Used by analytics-queries.ts when its database holds fewer calls than asked for.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCall } from "@/lib/calls/generate";

const BATCH = 2_000;

const COLUMNS = [
  ["id", "uuid"], ["provider_call_id", "text"], ["number_from", "text"], ["number_to", "text"],
  ["provider_status", "text"], ["delivery_status", "text"], ["duration_seconds", "int"], ["summary", "text"],
  ["ended_reason", "text"], ["call_output", "text"], ["outcome_key", "text"], ["call_output_reasoning", "text"],
  ["sentiment_output", "text"], ["sentiment_key", "text"], ["sentiment_output_reasoning", "text"],
  ["transcription", "text"], ["recording_url", "text"], ["metadata", "jsonb"], ["project_id", "text"],
  ["raw_body", "text"], ["ended_at", "timestamptz"], ["event_at", "timestamptz"],
] as const;

const INSERT = `INSERT INTO calls (${COLUMNS.map(([name]) => name).join(", ")})
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})`;

function rowOf(index: number, options: { seed: number; now: Date; spreadDays: number }): unknown[] {
  const { payload, endedAt } = generateCall(index, options);
  const r = toCallRecord(payload);
  const at = endedAt.toISOString();
  return [
    randomUUID(), r.providerCallId, r.numberFrom, r.numberTo, r.providerStatus, r.deliveryStatus, r.durationSeconds,
    r.summary, r.endedReason, r.callOutput, r.outcomeKey, r.callOutputReasoning, r.sentimentOutput, r.sentimentKey,
    r.sentimentOutputReasoning, r.transcription, r.recordingUrl, JSON.stringify(r.metadata), r.projectId,
    JSON.stringify(payload), at, at,
  ];
}

/** Adds generated calls `from` .. `to - 1` (by generator index) to the database at `databaseUrl`. */
export async function seedCalls(databaseUrl: string, range: { from: number; to: number }, options: { now: Date; spreadDays: number }) {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  const started = Date.now();
  try {
    for (let start = range.from; start < range.to; start += BATCH) {
      const columns: unknown[][] = COLUMNS.map(() => []);
      for (let index = start; index < Math.min(start + BATCH, range.to); index++) {
        rowOf(index, { seed: 7, ...options }).forEach((value, column) => columns[column]!.push(value));
      }
      await client.query(INSERT, columns);
      if ((start - range.from) % 50_000 === 0) {
        console.log(`  ${start - range.from} calls inserted (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
    await client.query("VACUUM (ANALYZE) calls");
  } finally {
    await client.end();
  }
}
