// The export's one statement: COPY (SELECT ...) TO STDOUT as CSV, built by PostgreSQL row by row.
// The columns, their order and the header are the export's contract (app/api/calls/export tests).
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading `'`.
 * `ascii()` of the first character against integers: cheaper than comparing `left(x, 1)` with six
 * strings, and the same for every value (an empty string is 0, NULL stays NULL and is left as is).
 */
const guard = (expression: string) =>
  `CASE WHEN ascii(${expression}) IN (61, 43, 45, 64, 9, 13) THEN '''' || ${expression} ELSE ${expression} END`;

/** ISO 8601 in UTC with milliseconds, as `Date.toISOString()` writes it. */
const isoTime = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The tags, space-separated in order; read only for a call in the hashed set of tagged calls. */
const TAGS = `CASE WHEN EXISTS (SELECT FROM call_tags x WHERE x.call_id = c.sort_id) THEN (
    SELECT ${guard("string_agg(t.tag, ' ' ORDER BY t.tag)")} FROM call_tags t WHERE t.call_id = c.sort_id
  ) END`;

// `outcome`, `outcome_key` and `sentiment` are the effective labels (what the dashboard counts: a
// reviewer's correction, else the AI's); the ai_* and reviewed_* columns give both sides.
// An expression is over `calls` and its `review`, except for `tags` (see exportCopySql).
export const EXPORT_COLUMNS: readonly (readonly [name: string, expression: string])[] = [
  ["id", "calls.id"], ["ended_at", isoTime("calls.ended_at")], ["number_from", guard("calls.number_from")], ["number_to", guard("calls.number_to")],
  ["outcome", guard("CASE WHEN calls.reviewed_outcome_key IS NOT NULL THEN calls.reviewed_outcome ELSE calls.call_output END")],
  ["outcome_key", guard("calls.effective_outcome_key")],
  ["sentiment", guard("CASE WHEN calls.reviewed_sentiment_key IS NOT NULL THEN calls.reviewed_sentiment ELSE calls.sentiment_output END")],
  ["ai_outcome", guard("calls.call_output")], ["ai_outcome_key", guard("calls.outcome_key")], ["ai_sentiment", guard("calls.sentiment_output")],
  ["reviewed_outcome", guard("calls.reviewed_outcome")], ["reviewed_outcome_key", guard("calls.reviewed_outcome_key")], ["outcome_correction_reason", guard("review.outcome_reason")],
  ["reviewed_sentiment", guard("calls.reviewed_sentiment")], ["sentiment_correction_reason", guard("review.sentiment_reason")],
  ["review_status", guard("coalesce(review.status, 'not_reviewed')")], ["assignee", guard("review.assignee_email")],
  ["tags", TAGS],
  ["duration_seconds", "calls.duration_seconds"], ["provider_status", guard("calls.provider_status")], ["delivery_status", guard("calls.delivery_status")],
  ["project_id", guard("calls.project_id")], ["ended_reason", guard("calls.ended_reason")], ["summary", guard("calls.summary")],
  ["outcome_reasoning", guard("calls.call_output_reasoning")], ["sentiment_reasoning", guard("calls.sentiment_output_reasoning")],
  ["recording_url", guard("calls.recording_url")], ["metadata", guard("calls.metadata::text")], ["transcription", guard("calls.transcription")],
];

const list = (columns: readonly string[]) => Prisma.raw(columns.join(",\n    "));
const INNER = list(EXPORT_COLUMNS.filter(([name]) => name !== "tags").map(([name, expression]) => `${expression} AS "${name}"`));
const OUTER = list(EXPORT_COLUMNS.map(([name, expression]) => (name === "tags" ? `${expression} AS "tags"` : `c."${name}"`)));

/**
 * The COPY statement for the calls matching `where` (a condition over `calls`, from buildCallWhere),
 * newest first. The filter is applied in a subquery of `calls` alone, so its column names can
 * never be taken for a joined table's.
 *
 * Two levels, so that PostgreSQL's parallel workers do the per-row work: the inner query (the time
 * index walk, the review by key, every column expression) has nothing a worker may not run, and
 * its ORDER BY keeps it a query of its own, planned as a Gather Merge of the workers' ordered rows.
 * The outer query, in the leader, adds the tags: a correlated subquery (which workers may not run),
 * so it is gated on a hashed set of the tagged calls and runs only for them (about 1% of calls).
 * The leader is then left with merging and writing CSV.
 *
 * A slice of an export split into several statements (export-slices.ts) is one process's work
 * instead (`parallel: false`; the slices are the parallelism): there the review is looked up only
 * for a call in the hashed set of reviewed calls (about 5%), a LIMIT 1 lateral query that workers
 * may not run (a call has at most one review, so LIMIT 1 changes nothing) but that saves a
 * primary-key descent per call: 17% of a backend's time for a million calls. `header: false` for
 * every slice but the first.
 */
export function exportCopySql(where: Prisma.Sql, { header = true, parallel = true }: { header?: boolean; parallel?: boolean } = {}): Prisma.Sql {
  const review = parallel ? REVIEW : GATED_REVIEW;
  return Prisma.sql`COPY (
  SELECT ${OUTER}
  FROM (
    SELECT ${INNER},
    calls.ended_at AS sort_at, calls.id AS sort_id
    FROM (SELECT * FROM calls WHERE ${where}) calls
    LEFT JOIN LATERAL (
      SELECT r.status, r.outcome_reason, r.sentiment_reason, u.email AS assignee_email
      FROM call_reviews r LEFT JOIN users u ON u.id = r.assignee_id WHERE ${review}
    ) review ON true
    ORDER BY calls.ended_at DESC, calls.id DESC
  ) c
  ORDER BY c.sort_at DESC, c.sort_id DESC
) TO STDOUT WITH (FORMAT csv, HEADER ${Prisma.raw(header ? "true" : "false")})`;
}

const REVIEW = Prisma.raw("r.call_id = calls.id");
const GATED_REVIEW = Prisma.raw("r.call_id = calls.id AND calls.id IN (SELECT call_id FROM call_reviews) LIMIT 1");
