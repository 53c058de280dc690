// npm run contacts:backfill - fills the contact columns of stored calls (after the contacts
// migration, or a change of DEFAULT_PHONE_REGION, CONTACT_ACCOUNT_KEY or DISCLOSURE_*), in batches
// that never lock the table for long. The launcher runs the same at every start; this is for
// deployments that run migrations themselves. Then fills the promises' follow-through (/analytics). Exit 0 when done or already current, 1 on error.
import "../load-env";
import pg from "pg";
import { backfillContacts } from "@/lib/contacts/backfill";
import { buildPromiseFollowThrough } from "@/lib/contacts/promise-follow-through-build";
import { getContactSettings } from "@/lib/contacts/settings";
import { withDatabase } from "../db/with-database";

await withDatabase(async (databaseUrl) => {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  const started = Date.now();
  let lastReport = started;
  try {
    const result = await backfillContacts(client, getContactSettings(), {
      onProgress: (scanned, updated) => {
        if (Date.now() - lastReport < 5_000) return;
        lastReport = Date.now();
        console.log(`  ${scanned.toLocaleString("en")} calls read, ${updated.toLocaleString("en")} updated`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === "busy") console.log("Another backfill is running (the launcher's?): nothing done.");
    else if (result.status === "up_to_date") console.log("The contact columns are current.");
    else console.log(`Done in ${seconds} s: ${result.scanned.toLocaleString("en")} calls read, ${result.updated.toLocaleString("en")} updated.`);
    if (result.status !== "busy") {
      const promises = await buildPromiseFollowThrough(client);
      if (promises.status === "busy") console.log("Another build of the promises' follow-through is running: nothing done.");
      else if (promises.status === "done") console.log(`Followed ${promises.promises.toLocaleString("en")} promises through to their later calls.`);
    }
  } finally {
    await client.end();
  }
});
