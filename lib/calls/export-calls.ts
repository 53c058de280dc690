import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import { csvLine, UTF8_BOM } from "./csv";
import type { CallFilters } from "./filters";

const BATCH = 1000;

const COLUMNS = [
  ["id", "id"], ["ended_at", "ended_at"], ["number_from", "number_from"], ["number_to", "number_to"],
  ["outcome", "call_output"], ["outcome_key", "outcome_key"], ["sentiment", "sentiment_output"],
  ["duration_seconds", "duration_seconds"], ["provider_status", "provider_status"], ["delivery_status", "delivery_status"],
  ["project_id", "project_id"], ["ended_reason", "ended_reason"], ["summary", "summary"],
  ["outcome_reasoning", "call_output_reasoning"], ["sentiment_reasoning", "sentiment_output_reasoning"],
  ["recording_url", "recording_url"], ["metadata", "metadata::text"], ["transcription", "transcription"],
] as const;

type ExportRow = Record<(typeof COLUMNS)[number][0], string | number | Date | null>;

const SELECT = Prisma.raw(COLUMNS.map(([name, expression]) => `${expression} AS "${name}"`).join(", "));

/**
 * Every call matching `filters` as CSV, newest first, read in keyset batches of BATCH rows, so
 * memory stays the same for ten calls or ten million; the header comes first, even with no rows.
 * `sent.rows` counts the rows handed on so far (for the audit event of an export).
 */
export async function* exportCallsCsv(filters: CallFilters, context: WhereContext, sent = { rows: 0 }): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(COLUMNS.map(([name]) => name));
  const where = buildCallWhere(filters, context);
  let after: { endedAt: Date; id: string } | undefined;
  for (;;) {
    const keyset = after ? Prisma.sql`AND (ended_at, id) < (${after.endedAt}, ${after.id}::uuid)` : Prisma.empty;
    const rows = await getDb().$queryRaw<ExportRow[]>`
      SELECT ${SELECT} FROM calls WHERE ${where} ${keyset} ORDER BY ended_at DESC, id DESC LIMIT ${BATCH}`;
    if (rows.length > 0) {
      // Counted as the batch is handed on (the stream pulls one batch at a time): what the audit trail reports as sent.
      sent.rows += rows.length;
      yield rows.map((row) => csvLine(COLUMNS.map(([name]) => row[name]))).join("");
    }
    const last = rows.at(-1);
    if (rows.length < BATCH || !last || !(last.ended_at instanceof Date)) return;
    after = { endedAt: last.ended_at, id: String(last.id) };
  }
}
