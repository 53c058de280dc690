// Calls as lines of PostgreSQL's COPY text format, for the bulk loader (scripts/data/generate.ts).
// The columns are those ingestion stores, from the same toCallRecord, so loaded rows match webhook rows.
import { randomUUID } from "node:crypto";
import { toCallRecord } from "./call-record";
import type { GeneratedCall } from "./generate";

export const CALL_COPY_COLUMNS = [
  "id", "provider_call_id", "number_from", "number_to", "provider_status", "delivery_status",
  "duration_seconds", "summary", "ended_reason", "call_output", "outcome_key", "call_output_reasoning",
  "sentiment_output", "sentiment_key", "sentiment_output_reasoning", "transcription", "recording_url",
  "metadata", "project_id", "raw_body", "ended_at", "event_at", "received_at", "updated_at",
  "contact_number", "contact_number_parsed", "account_key", "disclosure_found",
  "promise_amount_cents", "promise_currency",
] as const;

type CopyValue = string | number | boolean | Date | null;

// COPY text format: tab-separated, \N for NULL, backslash escapes for the separators.
function escapeCopy(value: CopyValue): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return value.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

export function toCopyLine(values: readonly CopyValue[]): string {
  return `${values.map(escapeCopy).join("\t")}\n`;
}

/** One generated call as a COPY line in CALL_COPY_COLUMNS order. */
export function callCopyLine({ payload, endedAt }: GeneratedCall, id: string = randomUUID()): string {
  const r = toCallRecord(payload);
  return toCopyLine([
    id, r.providerCallId, r.numberFrom, r.numberTo, r.providerStatus, r.deliveryStatus,
    r.durationSeconds, r.summary, r.endedReason, r.callOutput, r.outcomeKey, r.callOutputReasoning,
    r.sentimentOutput, r.sentimentKey, r.sentimentOutputReasoning, r.transcription, r.recordingUrl,
    r.metadata === null ? null : JSON.stringify(r.metadata), r.projectId, JSON.stringify(payload),
    endedAt, endedAt, endedAt, endedAt,
    r.contactNumber, r.contactNumberParsed, r.accountKey, r.disclosureFound,
    r.promiseAmountCents, r.promiseCurrency,
  ]);
}
