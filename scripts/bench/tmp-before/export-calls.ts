import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { csvLine, UTF8_BOM } from "./csv";
import type { CallFilters } from "@/lib/calls/filters";
import { compareKeys, keysetOf } from "@/lib/calls/keyset";
import { probeMatches } from "@/lib/calls/match-probe";

const BATCH = 1000;

// `outcome`, `outcome_key` and `sentiment` are the effective labels (what the dashboard counts: a
// reviewer's correction, else the AI's); the ai_* and reviewed_* columns give both sides.
const COLUMNS = [
  ["id", "id"], ["ended_at", "ended_at"], ["number_from", "number_from"], ["number_to", "number_to"],
  ["outcome", "CASE WHEN reviewed_outcome_key IS NOT NULL THEN reviewed_outcome ELSE call_output END"],
  ["outcome_key", "effective_outcome_key"],
  ["sentiment", "CASE WHEN reviewed_sentiment_key IS NOT NULL THEN reviewed_sentiment ELSE sentiment_output END"],
  ["ai_outcome", "call_output"], ["ai_outcome_key", "outcome_key"], ["ai_sentiment", "sentiment_output"],
  ["reviewed_outcome", "reviewed_outcome"], ["reviewed_outcome_key", "reviewed_outcome_key"], ["outcome_correction_reason", "review.outcome_reason"],
  ["reviewed_sentiment", "reviewed_sentiment"], ["sentiment_correction_reason", "review.sentiment_reason"],
  ["review_status", "coalesce(review.status, 'not_reviewed')"], ["assignee", "review.assignee_email"],
  ["tags", "(SELECT string_agg(t.tag, ' ' ORDER BY t.tag) FROM call_tags t WHERE t.call_id = calls.id)"],
  ["duration_seconds", "duration_seconds"], ["provider_status", "provider_status"], ["delivery_status", "delivery_status"],
  ["project_id", "project_id"], ["ended_reason", "ended_reason"], ["summary", "summary"],
  ["outcome_reasoning", "call_output_reasoning"], ["sentiment_reasoning", "sentiment_output_reasoning"],
  ["recording_url", "recording_url"], ["metadata", "metadata::text"], ["transcription", "transcription"],
] as const;

type ExportRow = Record<(typeof COLUMNS)[number][0], string | number | Date | null>;

const SELECT = Prisma.raw(COLUMNS.map(([name, expression]) => `${expression} AS "${name}"`).join(", "));
/** Each row's review, read by primary key for the rows of the batch only. */
const FROM = Prisma.sql`calls LEFT JOIN LATERAL (
    SELECT r.status, r.outcome_reason, r.sentiment_reason, u.email AS assignee_email
    FROM call_reviews r LEFT JOIN users u ON u.id = r.assignee_id WHERE r.call_id = calls.id
  ) review ON true`;
const NEWEST = keysetOf("newest");

const linesOf = (rows: ExportRow[]) => rows.map((row) => csvLine(COLUMNS.map(([name]) => row[name]))).join("");

/** A batch source: the next rows newest first, or an empty array at the end. */
type Batches = () => Promise<ExportRow[]>;

/** Few matches (the probe found them all): read them by id, a batch at a time, in export order. */
function batchesById(ids: string[]): Batches {
  let offset = 0;
  return async () => {
    const batch = ids.slice(offset, offset + BATCH);
    offset += BATCH;
    if (batch.length === 0) return [];
    return getDb().$queryRaw<ExportRow[]>`
      SELECT ${SELECT} FROM ${FROM} WHERE id = ANY(${batch}::uuid[]) ORDER BY ended_at DESC, id DESC`;
  };
}

/** Many matches: walk the time index in keyset batches, so memory stays the same for any number of calls. */
function batchesByTime(where: Prisma.Sql): Batches {
  let after: { endedAt: Date; id: string } | undefined;
  let done = false;
  return async () => {
    if (done) return [];
    const keyset = after ? Prisma.sql`AND (ended_at, id) < (${after.endedAt}, ${after.id}::uuid)` : Prisma.empty;
    // The batch's ids first (an index-only walk where the filters allow), then its rows.
    const rows = await getDb().$queryRaw<ExportRow[]>`
      WITH keys AS (SELECT id FROM calls WHERE ${where} ${keyset} ORDER BY ended_at DESC, id DESC LIMIT ${BATCH})
      SELECT ${SELECT} FROM ${FROM} WHERE calls.id IN (SELECT id FROM keys) ORDER BY ended_at DESC, id DESC`;
    const last = rows.at(-1);
    if (rows.length < BATCH || !last || !(last.ended_at instanceof Date)) done = true;
    else after = { endedAt: last.ended_at, id: String(last.id) };
    return rows;
  };
}

export type CallsExport = {
  /** The BOM, the header and the first batch: already read, so a failure to start is an HTTP error, not a cut file. */
  head: string;
  /** The remaining batches as CSV text; each pull reads one batch. */
  rest: AsyncGenerator<string, void>;
  /** Rows sent so far (head included), for the error line of an export that fails midway. */
  rowsSent: () => number;
};

/**
 * Starts the export of every call matching `filters`, newest first. The first batch is found the
 * way the list finds a page (match-probe.ts): a search that matches nothing, or a handful, ends
 * after one cheap probe instead of walking the whole time index.
 */
export async function openCallsExport(filters: CallFilters, context: WhereContext): Promise<CallsExport> {
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  const next = matches
    ? batchesById([...matches].sort((a, b) => compareKeys(NEWEST, a, b)).map((m) => m.id))
    : batchesByTime(where);
  const first = await next();
  let sent = first.length;
  async function* rest(): AsyncGenerator<string, void> {
    for (;;) {
      const rows = await next();
      if (rows.length === 0) return;
      sent += rows.length;
      yield linesOf(rows);
    }
  }
  return { head: UTF8_BOM + csvLine(COLUMNS.map(([name]) => name)) + linesOf(first), rest: rest(), rowsSent: () => sent };
}
