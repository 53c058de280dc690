// The launcher's backfill of the contact columns (lib/contacts/backfill.ts), in the background on
// a connection of its own: Next.js starts at once, and the contact and Compliance pages say that
// data is being filled in until it is done. Then the promises' follow-through (/analytics). Stopping the launcher mid-way is harmless: the next
// start carries on (already filled rows are skipped by comparison).
import pg from "pg";
import { backfillContacts } from "@/lib/contacts/backfill";
import { buildPromiseFollowThrough } from "@/lib/contacts/promise-follow-through-build";
import { getContactSettings } from "@/lib/contacts/settings";

export function startContactsBackfill(databaseUrl: string): void {
  void (async () => {
    const client = new pg.Client(databaseUrl);
    client.on("error", () => {}); // PostgreSQL stopping under us at shutdown
    try {
      await client.connect();
      const started = Date.now();
      const result = await backfillContacts(client, getContactSettings());
      if (result.status === "done" && result.updated > 0) {
        console.log(`Filled the contact columns of ${result.updated.toLocaleString("en")} calls in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      // After the columns it is computed from; a no-op once built (the trigger keeps it current).
      if (result.status !== "busy") {
        const promises = await buildPromiseFollowThrough(client);
        if (promises.status === "done") console.log(`Followed ${promises.promises.toLocaleString("en")} stored promises through to their later calls`);
      }
    } catch (error) {
      console.error("Contacts backfill stopped (the next start carries on):", error instanceof Error ? error.message : error);
    } finally {
      await client.end().catch(() => {});
    }
  })();
}
