// The backfill fills the contact columns of calls stored before them, in batches, and again when
// the settings they depend on change; it leaves rows ingestion rewrote meanwhile alone.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { insertFixtureCalls, testSettings } from "@/lib/compliance/test-fixtures";
import { backfillContacts } from "./backfill";
import { derivationFingerprint } from "./settings";

const client = new pg.Client(process.env.DATABASE_URL);
beforeAll(() => client.connect());
afterAll(() => client.end());

const disclosed = "AI: Hello.\nCustomer: Hi.\nAI: This is a debt collector calling.\nCustomer: Ok.";

describe("backfillContacts", () => {
  it("fills calls stored without contact columns, then is a no-op until a setting changes", async () => {
    const settings = testSettings();
    await insertFixtureCalls(
      [
        { number: "(212) 555-0150", at: "2026-11-20 10:00", account: "acct_1", transcript: disclosed },
        { number: "+1 212 555 0150", at: "2026-11-21 10:00", account: "acct_2" },
        { number: "n/a", at: "2026-11-21 11:00" },
      ],
      settings,
    );
    await getDb().$executeRaw`UPDATE calls SET contact_number = NULL, contact_number_parsed = NULL, account_key = NULL, disclosure_found = NULL`;

    const first = await backfillContacts(client, settings, { batchSize: 2 });
    expect(first).toEqual({ status: "done", scanned: 3, updated: 3 });
    const rows = await getDb().call.findMany({ select: { contactNumber: true, contactNumberParsed: true, accountKey: true, disclosureFound: true }, orderBy: { endedAt: "asc" } });
    expect(rows).toEqual([
      { contactNumber: "+12125550150", contactNumberParsed: true, accountKey: null, disclosureFound: true },
      { contactNumber: "+12125550150", contactNumberParsed: true, accountKey: null, disclosureFound: false },
      { contactNumber: "n/a", contactNumberParsed: false, accountKey: null, disclosureFound: false },
    ]);
    const [state] = await getDb().$queryRaw<{ derived: string }[]>`SELECT derived_with AS derived FROM contact_state`;
    expect(state?.derived).toBe(derivationFingerprint(settings));
    expect(await backfillContacts(client, settings)).toEqual({ status: "up_to_date", scanned: 0, updated: 0 });

    // A new CONTACT_ACCOUNT_KEY: every call is read again, only the changed ones written.
    const byAccount = testSettings({ accountKeyName: "extra_id" });
    expect(await backfillContacts(client, byAccount)).toEqual({ status: "done", scanned: 3, updated: 2 });
    const accounts = await getDb().call.findMany({ select: { accountKey: true }, orderBy: { endedAt: "asc" } });
    expect(accounts.map((row) => row.accountKey)).toEqual(["acct_1", "acct_2", null]);

    // Stored before the amount was derived (an older derivation version): filled from the texts.
    await getDb().$executeRaw`UPDATE calls SET summary = 'Promised to pay 1,200 dollars on Friday.', promise_amount_cents = NULL, promise_currency = NULL WHERE number_to = 'n/a'`;
    await getDb().$executeRaw`UPDATE contact_state SET derived_with = '{"region":"US"}'`;
    expect(await backfillContacts(client, byAccount)).toEqual({ status: "done", scanned: 3, updated: 1 });
    const amounts = await getDb().call.findMany({ select: { promiseAmountCents: true, promiseCurrency: true }, orderBy: { endedAt: "asc" } });
    expect(amounts.map((row) => [row.promiseAmountCents === null ? null : Number(row.promiseAmountCents), row.promiseCurrency])).toEqual([
      [null, null],
      [null, null],
      [120_000, "USD"],
    ]);
  });

  it("skips while another backfill holds the lock", async () => {
    const other = new pg.Client(process.env.DATABASE_URL);
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock(hashtext('contacts_backfill'))");
      expect((await backfillContacts(client, testSettings({ phoneRegion: "GB" }))).status).toBe("busy");
    } finally {
      await other.end();
    }
  });
});
