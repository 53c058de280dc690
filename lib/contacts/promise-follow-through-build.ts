// Fills promise_follow_throughs for stored calls (after its migration, and after the contact
// backfill, which resets it: the contact columns it is computed from changed). Not server-only:
// the launcher and `npm run contacts:backfill` run it.
//
// Keyset batches of contact numbers (about 2,000 calls each: under a second at a million calls), each one short transaction
// that first locks the state row (LOCK_STATE): the trigger on calls waits for that lock (the shared
// advisory lock of settings_row_read_lock), so a call written meanwhile is either read by the batch
// or maintained by the trigger, never lost. Each
// batch's insert is rolled up into promise_day_cube by that table's statement trigger. Numbers
// up to built_until are maintained by the trigger from then on; promises without a contact come
// last, with built_at. Resumable: a stopped build carries on from built_until. One at a time.
import type pg from "pg";

export type PromiseBuildResult = { status: "up_to_date" | "done" | "busy"; promises: number };
type Options = { batchCalls?: number; onProgress?: (promises: number, builtUntil: string) => void };

const LOCK = "SELECT pg_try_advisory_lock(hashtext('promise_follow_through_build')) AS locked";
const UNLOCK = "SELECT pg_advisory_unlock(hashtext('promise_follow_through_build'))";
/** A batch's first step: the settings lock exclusively, taken before the row as every writer of a
 * settings table does (migration promise_triggers_settings_lock), then the state row. */
export async function lockBuildState(client: pg.ClientBase): Promise<{ until: string | null; built: boolean } | undefined> {
  await client.query("SELECT settings_row_lock_for_write('promise_follow_through_state')");
  const { rows } = await client.query<{ until: string | null; built: boolean }>(
    "SELECT built_until AS until, built_at IS NOT NULL AS built FROM promise_follow_through_state WHERE id = 1 FOR UPDATE",
  );
  return rows[0];
}

/** The numbers after `$1` of the next `$2` calls (whole contacts): calls_contact_calls_idx alone. */
const NEXT_RANGE = `
  SELECT min(contact_number) AS "from", max(contact_number) AS "to"
  FROM (SELECT contact_number FROM calls WHERE contact_number > $1 ORDER BY contact_number LIMIT $2) AS next_calls`;

const INSERT_PROMISES = (where: string, next: string) => `
  INSERT INTO promise_follow_throughs
    (call_id, ended_at, project_id, delivery_status, effective_promise, ai_promise, has_contact,
     promise_amount_cents, promise_currency, next_outcome_key, next_ai_outcome_key,
     outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, provider_status, duration_seconds)
  SELECT c.id, c.ended_at, c.project_id, c.delivery_status, c.effective_outcome_key IS NOT DISTINCT FROM 'payment_promise',
         c.outcome_key IS NOT DISTINCT FROM 'payment_promise', c.contact_number IS NOT NULL,
         c.promise_amount_cents, c.promise_currency, ${next},
         c.outcome_key, c.sentiment_key, c.reviewed_outcome_key, c.reviewed_sentiment_key, c.provider_status, c.duration_seconds
  FROM ${where}
  ON CONFLICT (call_id) DO NOTHING`;

const INSERT_RANGE = INSERT_PROMISES("promise_next_outcomes($1, $2) n JOIN calls c ON c.id = n.call_id", "n.next_outcome_key, n.next_ai_outcome_key");
const INSERT_WITHOUT_CONTACT = INSERT_PROMISES(
  "calls c WHERE c.contact_number IS NULL AND (c.effective_outcome_key = 'payment_promise' OR c.outcome_key = 'payment_promise')",
  "NULL, NULL",
);

/** Marks the table unbuilt and empties it (the trigger then does nothing until a build covers a number). */
export async function resetPromiseFollowThrough(client: pg.ClientBase): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("UPDATE promise_follow_through_state SET built_until = NULL, built_at = NULL WHERE id = 1");
    // TRUNCATE fires no row or statement trigger: its per-day roll-up is emptied with it.
    await client.query("TRUNCATE promise_follow_throughs, promise_day_cube");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function inTransaction<T>(client: pg.ClientBase, run: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    // Maintenance, not a page query: a read timeout must not cancel it.
    await client.query("SET LOCAL statement_timeout = 0");
    const result = await run();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** `client` must be a dedicated connection (the advisory lock is held by its session). */
export async function buildPromiseFollowThrough(client: pg.ClientBase, options: Options = {}): Promise<PromiseBuildResult> {
  const { batchCalls = 2_000, onProgress } = options;
  const { rows: lock } = await client.query<{ locked: boolean }>(LOCK);
  if (!lock[0]?.locked) return { status: "busy", promises: 0 };
  try {
    let promises = 0;
    for (;;) {
      const finished = await inTransaction(client, async () => {
        const state = await lockBuildState(client);
        if (!state || state.built) return "up_to_date" as const;
        const { rows: range } = await client.query<{ from: string | null; to: string | null }>(NEXT_RANGE, [state.until ?? "", batchCalls]);
        const next = range[0];
        if (!next?.from || !next.to) {
          const inserted = await client.query(INSERT_WITHOUT_CONTACT);
          promises += inserted.rowCount ?? 0;
          await client.query("UPDATE promise_follow_through_state SET built_at = now() WHERE id = 1");
          return "done" as const;
        }
        const inserted = await client.query(INSERT_RANGE, [next.from, next.to]);
        promises += inserted.rowCount ?? 0;
        await client.query("UPDATE promise_follow_through_state SET built_until = $1 WHERE id = 1", [next.to]);
        return next.to;
      });
      if (finished === "up_to_date") return { status: promises > 0 ? "done" : "up_to_date", promises };
      if (finished === "done") return { status: "done", promises };
      onProgress?.(promises, finished);
    }
  } finally {
    await client.query(UNLOCK).catch(() => {});
  }
}
