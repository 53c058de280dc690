// The contacts' side of a bulk load (generate.ts): the loaded rows carry their contact columns
// (copy-rows.ts derives them like ingestion), and the calling-rule trigger is skipped by the load
// like the roll-up's, so the flags are rebuilt once afterwards; the promises' follow-through too.
import type pg from "pg";
import { backfillContacts } from "@/lib/contacts/backfill";
import { buildPromiseFollowThrough, resetPromiseFollowThrough } from "@/lib/contacts/promise-follow-through-build";
import { derivationFingerprint, getContactSettings } from "@/lib/contacts/settings";

/** Marks the flags stale (the trigger does nothing meanwhile); true when the stored columns are current. */
export async function prepareContactsForLoad(client: pg.Client): Promise<boolean> {
  const fingerprint = derivationFingerprint(getContactSettings());
  const { rows } = await client.query<{ current: boolean }>(
    `SELECT (SELECT derived_with FROM contact_state WHERE id = 1) IS NOT DISTINCT FROM $1 OR NOT EXISTS (SELECT 1 FROM calls) AS current`,
    [fingerprint],
  );
  await client.query("UPDATE contact_state SET rules_zone = NULL WHERE id = 1");
  await resetPromiseFollowThrough(client);
  return rows[0]?.current ?? false;
}

/** Records the columns as current (or backfills the older calls), then builds the flags. */
export async function finishContactsAfterLoad(client: pg.Client, columnsWereCurrent: boolean): Promise<void> {
  const settings = getContactSettings();
  if (columnsWereCurrent) {
    await client.query("UPDATE contact_state SET derived_with = $1, derived_at = now() WHERE id = 1", [derivationFingerprint(settings)]);
  } else {
    const result = await backfillContacts(client, settings);
    console.log(`Backfilled the contact columns of older calls: ${result.updated.toLocaleString("en")} updated`);
  }
  await client.query("SET statement_timeout = 0");
  await client.query("SELECT calling_rules_rebuild($1, $2::text[])", [settings.timeZone, settings.nonConversationOutcomes]);
  const promises = await buildPromiseFollowThrough(client);
  console.log(`Followed ${promises.promises.toLocaleString("en")} promises through to their later calls`);
}
