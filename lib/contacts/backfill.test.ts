// The backfill fills the contact columns of calls stored before them, in batches, and again when
// the settings they depend on change; it leaves rows ingestion rewrote meanwhile alone.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { insertFixtureCalls, testSettings } from "@/lib/compliance/test-fixtures";
import { readReview } from "@/lib/reviews/review-state";
import { correctPromiseTerms } from "@/lib/reviews/promise-correction";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { backfillContacts } from "./backfill";
import { readBackfillProgress } from "./backfill-progress";
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

  it("leaves a reviewer's amount and date alone, and records how far it got", async () => {
    const settings = testSettings();
    const ids = (await getDb().call.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    const callId = ids[ids.length - 1]!;
    const user = await createTestUser("agent", { signedIn: false });
    await correctPromiseTerms({ callId, amount: { value: "75", currency: "EUR" }, date: "2026-12-10", expectedVersion: 0 }, { user, origin: TEST_ORIGIN });
    // The texts now state another amount, and the stored derivation is an older one.
    await getDb().$executeRaw`UPDATE calls SET summary = 'Promised to pay $300 tomorrow.', promise_amount_cents = NULL, promise_currency = NULL WHERE id = ${callId}::uuid`;
    await getDb().$executeRaw`UPDATE contact_state SET derived_with = 'an older derivation'`;
    expect(await readBackfillProgress(settings)).toEqual({ done: false, cursor: null });

    // Stopped after its first batch: the calls above its cursor are not derived again yet.
    const stop = () => {
      throw new Error("stopped");
    };
    await expect(backfillContacts(client, settings, { batchSize: 1, onProgress: stop })).rejects.toThrow("stopped");
    expect(await readBackfillProgress(settings)).toEqual({ done: false, cursor: ids[0] });

    expect((await backfillContacts(client, settings)).status).toBe("done");
    expect(await readBackfillProgress(settings)).toEqual({ done: true });
    const call = await getDb().call.findUniqueOrThrow({ where: { id: callId }, select: { promiseAmountCents: true, promiseCurrency: true } });
    expect([Number(call.promiseAmountCents), call.promiseCurrency]).toEqual([30_000, "USD"]);
    const { promise } = (await readReview(callId))!;
    expect(promise.extracted.money).toEqual({ currency: "USD", cents: 30_000 });
    expect(promise.effective).toEqual({ money: { currency: "EUR", cents: 7_500 }, date: "2026-12-10" });
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
