// Not marked server-only: the launcher's demo seed (a Node script) stores its calls through it too.
// Stores one verified `phone_call.ended` delivery: idempotent by svix-id, upserted by providerCallId,
// newer svix-timestamp wins (equal: the later arrival wins), logged in the inbox - all in ONE SQL
// statement, so it commits as one transaction in one round-trip and no read-then-write race exists:
//   claim   INSERT the svix-id into webhook_messages ON CONFLICT DO NOTHING (a retry claims nothing;
//           concurrent copies wait on the winner's row and then claim nothing)
//   upsert  INSERT the call ON CONFLICT (provider_call_id) DO UPDATE, only when the claim succeeded;
//           an older delivery keeps the stored columns and only lowers ended_at
//   log     INSERT its webhook_deliveries row with the outcome
// A reviewer's corrections (calls.reviewed_*) are not among the columns written: a later delivery
// updates the AI's labels and the correction stays (effective_* follow by themselves).
import { z } from "zod";
import { toCallRecord, type CallRecord } from "@/lib/calls/call-record";
import { getIngestPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { errorCodesOf, isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { storageUnavailable } from "@/lib/http/errors";
import { newCallId } from "./call-id";
import type { CallEndedData } from "./payload";

export type CallDelivery = {
  svixId: string;
  svixTimestamp: Date;
  eventType: string;
  /** The body as text: the raw body byte for byte unless `rawBytes` is given (decode-body.ts). */
  rawBody: string;
  /** The received bytes, when `rawBody` cannot hold them exactly. */
  rawBytes?: Buffer | null;
  bodyBytes: number;
  data: CallEndedData;
};

export type IngestResult = { result: "created" | "updated" | "stale" | "duplicate"; callId: string | null };

// The call's columns taken from the payload, in parameter order after the five fixed ones.
const PAYLOAD_COLUMNS = [
  ["numberFrom", "number_from", "text"],
  ["numberTo", "number_to", "text"],
  ["providerStatus", "provider_status", "text"],
  ["deliveryStatus", "delivery_status", "text"],
  ["durationSeconds", "duration_seconds", "int4"],
  ["summary", "summary", "text"],
  ["endedReason", "ended_reason", "text"],
  ["callOutput", "call_output", "text"],
  ["outcomeKey", "outcome_key", "text"],
  ["callOutputReasoning", "call_output_reasoning", "text"],
  ["sentimentOutput", "sentiment_output", "text"],
  ["sentimentKey", "sentiment_key", "text"],
  ["sentimentOutputReasoning", "sentiment_output_reasoning", "text"],
  ["transcription", "transcription", "text"],
  ["recordingUrl", "recording_url", "text"],
  ["metadata", "metadata", "jsonb"],
  ["projectId", "project_id", "text"],
  ["fullLabels", "full_labels", "jsonb"],
  ["contactNumber", "contact_number", "text"],
  ["contactNumberParsed", "contact_number_parsed", "bool"],
  ["accountKey", "account_key", "text"],
  ["disclosureFound", "disclosure_found", "bool"],
  ["promiseAmountCents", "promise_amount_cents", "int8"],
  ["promiseCurrency", "promise_currency", "text"],
] as const satisfies readonly (readonly [keyof CallRecord, string, string])[];

const FIXED = 8; // $1 svix_id, $2 event_type, $3 svix_timestamp, $4 new call id, $5 provider_call_id, $6 raw_body, $7 body_bytes, $8 raw_body_bytes
const newer = "calls.event_at <= EXCLUDED.event_at";
const keepNewest = (column: string) => `${column} = CASE WHEN ${newer} THEN EXCLUDED.${column} ELSE calls.${column} END`;
const payloadColumns = PAYLOAD_COLUMNS.map(([, column]) => column);
const payloadValues = PAYLOAD_COLUMNS.map(([, , type], index) => `$${FIXED + 1 + index}::${type}`);

const INGEST_SQL = `
WITH claim AS (
  INSERT INTO webhook_messages (svix_id, event_type, svix_timestamp, call_id)
  VALUES ($1, $2, $3::timestamptz, COALESCE((SELECT id FROM calls WHERE provider_call_id = $5), $4::uuid))
  ON CONFLICT (svix_id) DO NOTHING
  RETURNING call_id
), upsert AS (
  INSERT INTO calls (id, provider_call_id, ${payloadColumns.join(", ")}, raw_body, raw_body_bytes, ended_at, event_at, received_at, updated_at)
  SELECT $4::uuid, $5, ${payloadValues.join(", ")}, $6, $8::bytea, $3::timestamptz, $3::timestamptz, now(), now() FROM claim
  ON CONFLICT (provider_call_id) DO UPDATE SET
    ${[...payloadColumns, "raw_body", "raw_body_bytes"].map(keepNewest).join(",\n    ")},
    updated_at = CASE WHEN ${newer} THEN now() ELSE calls.updated_at END,
    event_at = GREATEST(calls.event_at, EXCLUDED.event_at),
    ended_at = LEAST(calls.ended_at, EXCLUDED.ended_at)
  RETURNING id, xmax = 0 AS created, event_at = $3::timestamptz AS current, event_at AS stored_at
), outcome AS (
  SELECT CASE WHEN upsert.id IS NULL THEN 'duplicate' WHEN upsert.created THEN 'created' WHEN upsert.current THEN 'updated' ELSE 'stale' END AS result,
    CASE WHEN upsert.id IS NULL THEN 'svix-id already processed: nothing changed'
         WHEN NOT upsert.created AND NOT upsert.current THEN 'older than the stored version (svix-timestamp ' || to_char(upsert.stored_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '): kept the stored one' END AS reason,
    COALESCE(upsert.id, (SELECT call_id FROM webhook_messages WHERE svix_id = $1), (SELECT id FROM calls WHERE provider_call_id = $5)) AS call_id
  FROM (VALUES (1)) AS one LEFT JOIN upsert ON true
)
INSERT INTO webhook_deliveries (svix_id, svix_timestamp, event_type, status_code, result, reason, body_bytes, call_id)
SELECT $1, $3::timestamptz, $2, 200, result, reason, $7::int4, call_id FROM outcome
RETURNING result, call_id::text AS call_id`;

// A database that stops answering mid-connection must still get the sender a 503 well inside its
// 30 s. If the statement commits after we gave up, the sender's retry is a harmless duplicate.
const queryTimeoutMs = () => Math.min(3 * getEnv().DATABASE_CONNECT_TIMEOUT_MS, 20_000);

const rowSchema = z.object({ result: z.enum(["created", "updated", "stale", "duplicate"]), call_id: z.string().nullable() });

// Every string and key of a delivery was made storable when it was parsed (storable-text.ts).
const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** The one statement that stores `delivery` (also EXPLAINed by scripts/bench/ingest-triggers.ts). */
export function ingestStatement(delivery: CallDelivery, callId = newCallId()): { text: string; values: unknown[] } {
  return { text: INGEST_SQL, values: parametersOf(delivery, callId) };
}

function parametersOf(delivery: CallDelivery, callId: string): unknown[] {
  const record = toCallRecord(delivery.data);
  return [
    delivery.svixId,
    delivery.eventType,
    delivery.svixTimestamp.toISOString(),
    callId,
    record.providerCallId,
    delivery.rawBody,
    delivery.bodyBytes,
    delivery.rawBytes ?? null,
    ...PAYLOAD_COLUMNS.map(([field]) => (field === "metadata" || field === "fullLabels" ? json(record[field]) : record[field])),
  ];
}

/** Stores a verified delivery; throws a 503 ApiError when the database is unavailable. */
export async function ingestCallEvent(delivery: CallDelivery): Promise<IngestResult> {
  // A concurrent first delivery of the same new call (another svix-id) can make the claim point at
  // our fresh id while the upsert lands on theirs: the foreign key refuses it, and a retry sees their row.
  for (let attempt = 1; ; attempt++) {
    try {
      // Straight to pg, not through Prisma's raw-query path: this is the hottest statement we have.
      // pg reads query_timeout per query, though its types only list it on the client's config.
      const query = { name: "ingest-call-event", ...ingestStatement(delivery), query_timeout: queryTimeoutMs() };
      const { rows } = await getIngestPool().query(query);
      const row = rowSchema.parse(rows[0]);
      return { result: row.result, callId: row.call_id };
    } catch (error) {
      if (attempt < 3 && errorCodesOf(error).includes("23503")) continue;
      if (isDatabaseUnavailable(error)) {
        console.error(`Webhook ${delivery.svixId}: database unavailable:`, error instanceof Error ? error.message : error);
        throw storageUnavailable();
      }
      throw error;
    }
  }
}
