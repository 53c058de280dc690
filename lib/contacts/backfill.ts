// Fills the contact columns of stored calls (contact_number, contact_number_parsed, account_key,
// disclosure_found, promise_amount_cents, promise_currency) with the same function as ingestion (derive.ts): after the migration that added
// them, and again whenever the settings they depend on change (DEFAULT_PHONE_REGION,
// CONTACT_ACCOUNT_KEY, DISCLOSURE_PHRASES, DISCLOSURE_TURNS) or derive.ts does (DERIVATION_VERSION;
// contact_state.derived_with records both).
// Not server-only: the launcher and `npm run contacts:backfill` run it.
//
// Keyset batches by id, each one short UPDATE in its own transaction, so at a million calls the
// table is never locked for more than a batch's milliseconds and ingestion carries on meanwhile.
// A row that ingestion rewrote between our read and our write (updated_at moved) is left as
// ingestion wrote it. A reviewer's amount and date live on call_reviews, which it never writes. One backfill at a time (a session advisory lock); another start skips.
import type pg from "pg";
import { deriveContactColumns, PROMISE_AMOUNT_SCAN_CHARS, type ContactColumns } from "./derive";
import { DISCLOSURE_SCAN_CHARS } from "@/lib/compliance/disclosure";
import { buildPromiseFollowThrough } from "./promise-follow-through-build";
import { derivationFingerprint, type ContactSettings } from "./settings";

export type BackfillResult = { status: "up_to_date" | "done" | "busy"; scanned: number; updated: number };
type Options = { batchSize?: number; onProgress?: (scanned: number, updated: number) => void };

const LOCK = "SELECT pg_try_advisory_lock(hashtext('contacts_backfill')) AS locked";
const UNLOCK = "SELECT pg_advisory_unlock(hashtext('contacts_backfill'))";

type Row = {
  id: string;
  number_to: string | null;
  request_metadata: unknown;
  transcript_start: string | null;
  updated_at: Date;
  contact_number: string | null;
  contact_number_parsed: boolean | null;
  account_key: string | null;
  disclosure_found: boolean | null;
  summary_start: string | null;
  reasoning_start: string | null;
  /** BIGINT: pg returns it as a string. */
  promise_amount_cents: string | null;
  promise_currency: string | null;
};

const READ_BATCH = `
  SELECT id, number_to, metadata->'requestMetadata' AS request_metadata, left(transcription, ${DISCLOSURE_SCAN_CHARS}) AS transcript_start,
         left(summary, ${PROMISE_AMOUNT_SCAN_CHARS}) AS summary_start, left(call_output_reasoning, ${PROMISE_AMOUNT_SCAN_CHARS}) AS reasoning_start,
         updated_at, contact_number, contact_number_parsed, account_key, disclosure_found, promise_amount_cents, promise_currency
  FROM calls WHERE id > $1::uuid ORDER BY id LIMIT $2`;

const WRITE_BATCH = `
  UPDATE calls c SET contact_number = v.contact_number, contact_number_parsed = v.parsed, account_key = v.account_key, disclosure_found = v.disclosure,
    promise_amount_cents = v.amount_cents, promise_currency = v.currency
  FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::bool[], $5::text[], $6::bool[], $7::int8[], $8::text[])
    AS v(id, updated_at, contact_number, parsed, account_key, disclosure, amount_cents, currency)
  WHERE c.id = v.id AND c.updated_at = v.updated_at`;

function differs(row: Row, columns: ContactColumns): boolean {
  return (
    row.contact_number !== columns.contactNumber ||
    row.contact_number_parsed !== columns.contactNumberParsed ||
    row.account_key !== columns.accountKey ||
    row.disclosure_found !== columns.disclosureFound ||
    row.promise_amount_cents !== (columns.promiseAmountCents === null ? null : String(columns.promiseAmountCents)) ||
    row.promise_currency !== columns.promiseCurrency
  );
}

/** `client` must be a dedicated connection (the advisory lock is held by its session). */
export async function backfillContacts(client: pg.ClientBase, settings: ContactSettings, options: Options = {}): Promise<BackfillResult> {
  const { batchSize = 2_000, onProgress } = options;
  const fingerprint = derivationFingerprint(settings);
  const { rows: state } = await client.query<{ derived_with: string | null }>("SELECT derived_with FROM contact_state WHERE id = 1");
  if (state[0]?.derived_with === fingerprint) return { status: "up_to_date", scanned: 0, updated: 0 };
  const { rows: lock } = await client.query<{ locked: boolean }>(LOCK);
  if (!lock[0]?.locked) return { status: "busy", scanned: 0, updated: 0 };
  try {
    // The flags are rebuilt from the finished columns by the first page that needs them (rules-state.ts);
    // meanwhile the trigger does nothing, instead of refreshing a contact per updated row.
    // The cursor says how far it got (backfill-progress.ts: /analytics counts the promises not reached yet).
    await client.query("UPDATE contact_state SET derived_with = NULL, rules_zone = NULL, backfill_cursor = NULL WHERE id = 1");
    let last = "00000000-0000-0000-0000-000000000000";
    let scanned = 0;
    let updated = 0;
    for (;;) {
      const { rows } = await client.query<Row>(READ_BATCH, [last, batchSize]);
      if (rows.length === 0) break;
      last = rows[rows.length - 1]!.id;
      scanned += rows.length;
      const changes = rows.flatMap((row) => {
        const metadata = row.request_metadata === null ? null : { requestMetadata: row.request_metadata };
        const source = { numberTo: row.number_to, metadata, transcription: row.transcript_start, summary: row.summary_start, reasoning: row.reasoning_start };
        const columns = deriveContactColumns(source, settings);
        return differs(row, columns) ? [{ row, columns }] : [];
      });
      if (changes.length) {
        const result = await client.query(WRITE_BATCH, [
          changes.map((c) => c.row.id),
          changes.map((c) => c.row.updated_at),
          changes.map((c) => c.columns.contactNumber),
          changes.map((c) => c.columns.contactNumberParsed),
          changes.map((c) => c.columns.accountKey),
          changes.map((c) => c.columns.disclosureFound),
          changes.map((c) => c.columns.promiseAmountCents),
          changes.map((c) => c.columns.promiseCurrency),
        ]);
        updated += result.rowCount ?? 0;
      }
      await client.query("UPDATE contact_state SET backfill_cursor = $1::uuid WHERE id = 1", [last]);
      onProgress?.(scanned, updated);
    }
    await client.query("UPDATE contact_state SET derived_with = $1, derived_at = now(), backfill_cursor = NULL WHERE id = 1", [fingerprint]);
    // The promises' follow-through is kept by its trigger through the backfill's updates (so
    // /analytics keeps its figures meanwhile); this only fills it if it was never built.
    await buildPromiseFollowThrough(client);
    return { status: "done", scanned, updated };
  } finally {
    await client.query(UNLOCK).catch(() => {});
  }
}
