import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./highlight";
import { compareKeys, keysetOf } from "./keyset";
import type { Cursor, ListPosition } from "./list-params";
import { listSnippet, type SnippetSource } from "./list-snippet";
import { estimateMatches, PROBE_LIMIT, probeMatches, type MatchKey } from "./match-probe";
import type { ReviewStatus } from "@/lib/reviews/status";

/** "Best match" ranks this many of the newest matches: ranking every match of a common word would not stay fast. */
export const RELEVANCE_CANDIDATES = 500;

export type CallListRow = {
  id: string;
  endedAt: Date;
  numberTo: string | null;
  numberFrom: string | null;
  /** The effective outcome (a reviewer's correction, else the AI's): its label and key. */
  callOutput: string | null;
  outcomeKey: string | null;
  /** The effective sentiment key. */
  sentimentKey: string | null;
  /** The AI's own labels, whether corrected or not. */
  aiCallOutput: string | null;
  aiOutcomeKey: string | null;
  aiSentimentKey: string | null;
  outcomeCorrected: boolean;
  sentimentCorrected: boolean;
  reviewStatus: ReviewStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  durationSeconds: number | null;
  deliveryStatus: string | null;
  providerStatus: string | null;
  projectId: string | null;
  /**
   * The matching passage with ⟦highlights⟧ when searching; else the summary, or without one the
   * AI's reasoning or the customer's first words (never the AI's greeting): see list-snippet.ts.
   */
  snippet: string | null;
  snippetSource: SnippetSource | null;
};

/** A row as read: the text columns the snippet is chosen from, not yet chosen. */
type RawRow = Omit<CallListRow, "snippet" | "snippetSource"> & {
  snippet: string | null;
  summary: string | null;
  reasoning: string | null;
  transcriptHead: string | null;
};

/** How many calls match: exact up to PROBE_LIMIT, above it the planner's estimate (labelled so). */
export type CallTotal = { value: number; exact: boolean };

/**
 * `offset`: where the page starts in the whole list (0 for the first call), when it is known
 * exactly: the first page, "Best match", or few enough matches to have been counted.
 */
export type CallListPage = { rows: CallListRow[]; total: CallTotal; previous?: Cursor; next?: Cursor; offset?: number };

const COLUMNS = Prisma.sql`id, ended_at AS "endedAt", number_to AS "numberTo", number_from AS "numberFrom",
  CASE WHEN reviewed_outcome_key IS NOT NULL THEN reviewed_outcome ELSE call_output END AS "callOutput",
  effective_outcome_key AS "outcomeKey", effective_sentiment_key AS "sentimentKey",
  call_output AS "aiCallOutput", outcome_key AS "aiOutcomeKey", sentiment_key AS "aiSentimentKey",
  reviewed_outcome_key IS NOT NULL AS "outcomeCorrected", reviewed_sentiment_key IS NOT NULL AS "sentimentCorrected",
  coalesce(review.status, 'not_reviewed') AS "reviewStatus", review.assignee_id AS "assigneeId", review.assignee_name AS "assigneeName",
  duration_seconds AS "durationSeconds", delivery_status AS "deliveryStatus", provider_status AS "providerStatus",
  project_id AS "projectId"`;

/** The page rows' review (status, assignee): only the page's rows are joined, never the matches. */
const withReview = (table: "calls" | "page") => Prisma.sql`${Prisma.raw(table)} LEFT JOIN LATERAL (
    SELECT r.status, r.assignee_id, u.name AS assignee_name
    FROM call_reviews r LEFT JOIN users u ON u.id = r.assignee_id WHERE r.call_id = ${Prisma.raw(table)}.id
  ) review ON true`;

// Only the rows of the page get a headline: ts_headline re-parses the text, too slow for every match.
// Without a search, the texts a snippet is chosen from; the transcript only for a call with neither
// summary nor reasoning, and only its start (the first customer turn is near the top).
function snippetOf(q: string | undefined): Prisma.Sql {
  const texts = Prisma.sql`left(summary, 400) AS summary, left(call_output_reasoning, 400) AS reasoning,
    CASE WHEN coalesce(btrim(summary), '') = '' AND coalesce(btrim(call_output_reasoning), '') = ''
      THEN left(transcription, 4000) END AS "transcriptHead"`;
  if (!q) return Prisma.sql`NULL::text AS snippet, ${texts}`;
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return Prisma.sql`ts_headline('english', concat_ws(' ', summary, call_output_reasoning, transcription), websearch_to_tsquery('english', ${q}), ${options}) AS snippet, ${texts}`;
}

function toListRow({ summary, reasoning, transcriptHead, snippet, ...row }: RawRow): CallListRow {
  if (snippet) return { ...row, snippet, snippetSource: "match" };
  const chosen = listSnippet({ summary, reasoning, transcript: transcriptHead });
  return { ...row, snippet: chosen?.text ?? null, snippetSource: chosen?.source ?? null };
}

/** One page of the calls matching `filters`, in `position.sort` order, after or before a cursor. */
export async function listCalls(filters: CallFilters, position: ListPosition, context: WhereContext): Promise<CallListPage> {
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  const [page, total] = await Promise.all([
    position.sort === "relevance" ? listByRelevance(where, filters.q ?? "", position) : listPage(matches, where, filters.q, position),
    matches
      ? { value: matches.length, exact: true }
      : estimateMatches(where).then((estimate) => ({ value: Math.max(PROBE_LIMIT + 1, estimate ?? 0), exact: false })),
  ]);
  return { ...page, rows: page.rows.map(toListRow), total };
}

/** A page in a keyset order: from the probed matches when there are few, else by walking an index. */
type RawPage = Omit<CallListPage, "total" | "rows"> & { rows: RawRow[] };

async function listPage(matches: MatchKey[] | null, where: Prisma.Sql, q: string | undefined, position: ListPosition): Promise<RawPage> {
  const keyset = keysetOf(position.sort);
  const backwards = Boolean(position.before);
  const cursor = position.after ?? position.before;
  const take = position.size + 1;
  let rows: RawRow[];
  // When the matches were counted: the calls ahead of the cursor in the list's order (the cursor's
  // own call too going forwards: the page starts after it; going back, the page ends before it).
  let ahead: number | undefined;
  if (matches) {
    // Few matches: order them here and read just the page.
    const direction = backwards ? -1 : 1;
    const placed = matches.filter((m) => keyset.applies(m));
    const at = cursor && keyset.fromCursor(cursor);
    ahead = at ? placed.filter((m) => (backwards ? compareKeys(keyset, m, at) < 0 : compareKeys(keyset, m, at) <= 0)).length : 0;
    const ordered = placed
      .sort((a, b) => direction * compareKeys(keyset, a, b))
      .filter((m) => !at || direction * compareKeys(keyset, m, at) > 0)
      .slice(0, take);
    const ids = ordered.map((m) => m.id);
    const found = ids.length
      ? await getDb().$queryRaw<RawRow[]>`SELECT ${COLUMNS}, ${snippetOf(q)} FROM ${withReview("calls")} WHERE id = ANY(${ids}::uuid[])`
      : [];
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    const descending = keyset.descending !== backwards;
    const comparison = descending ? Prisma.sql`<` : Prisma.sql`>`;
    const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const conditions = [where, keyset.condition];
    if (cursor) conditions.push(Prisma.sql`(${keyset.column}, id) ${comparison} (${keyset.sqlValue(cursor)}, ${keyset.fromCursor(cursor).id}::uuid)`);
    // The page's ids first, then its rows: the walk along the order's index reads only what the
    // conditions need (an index-only walk for the review filters, which live in other tables).
    rows = await getDb().$queryRaw<RawRow[]>`
      WITH keys AS (
        SELECT id FROM calls WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY ${keyset.column} ${direction}, id ${direction} LIMIT ${take}
      ), page AS (SELECT calls.* FROM keys JOIN calls USING (id))
      SELECT ${COLUMNS}, ${snippetOf(q)} FROM ${withReview("page")} ORDER BY ${keyset.column} ${direction}, id ${direction}`;
  }
  const more = rows.length > position.size;
  const page = rows.slice(0, position.size);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const hasPrevious = Boolean(first) && (backwards ? more : Boolean(cursor));
  const offset = !hasPrevious ? 0 : ahead === undefined ? undefined : backwards ? ahead - page.length : ahead;
  return {
    rows: page,
    ...(offset !== undefined && { offset }),
    ...(first && hasPrevious && { previous: keyset.toCursor(first) }),
    ...(last && (backwards || more) && { next: keyset.toCursor(last) }),
  };
}

async function listByRelevance(where: Prisma.Sql, q: string, position: ListPosition): Promise<RawPage> {
  const at = position.after ?? position.before;
  const offset = at && "o" in at ? at.o : 0;
  const rows = await getDb().$queryRaw<RawRow[]>`
    WITH candidates AS (
      SELECT * FROM calls WHERE ${where} ORDER BY ended_at DESC, id DESC LIMIT ${RELEVANCE_CANDIDATES}
    ), page AS (
      SELECT *, ts_rank_cd(search_vector, websearch_to_tsquery('english', ${q})) AS rank FROM candidates
      ORDER BY rank DESC, ended_at DESC, id DESC OFFSET ${offset} LIMIT ${position.size + 1}
    )
    SELECT ${COLUMNS}, ${snippetOf(q)} FROM ${withReview("page")} ORDER BY rank DESC, ended_at DESC, id DESC`;
  return {
    rows: rows.slice(0, position.size),
    offset,
    ...(offset > 0 && { previous: { o: Math.max(0, offset - position.size) } }),
    ...(rows.length > position.size && { next: { o: offset + position.size } }),
  };
}

