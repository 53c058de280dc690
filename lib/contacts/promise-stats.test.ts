// Promises followed through, on a real PostgreSQL with a hand-made set of contacts: what each
// promise became (as the contact page says), which are too recent to judge, and the amounts.
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { parseCallFilters } from "@/lib/calls/filters";
import { insertCalls, type NewCall } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { clearPromiseTerms, correctPromiseTerms } from "@/lib/reviews/promise-correction";
import { readReview } from "@/lib/reviews/review-state";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { derivationFingerprint, getContactSettings } from "./settings";
import { getPromiseStats, PROMISE_JUDGE_AFTER_DAYS } from "./promise-stats";

const now = new Date();
const DAY = 86_400_000;
const settings = { ...getContactSettings(), accountKeyName: "extra_id" };
let serial = 0;

function call(contact: string, daysAgo: number, outcome: string, summary: string | null = null, account = "acct_1"): NewCall {
  serial += 1;
  const payload = {
    providerCallId: `promise-stats-${serial}`,
    numberFrom: "+15074106928",
    numberTo: `+1212555${contact}`,
    providerStatus: "pass",
    deliveryStatus: "pass",
    duration: 60,
    summary,
    endedReason: null,
    callOutput: outcome,
    callOutputReasoning: "Fixture.",
    sentimentOutput: "NEUTRAL",
    sentimentOutputReasoning: "Fixture.",
    transcription: "AI: Hello. Contact: Hello.",
    recordingUrl: `levers-test-bucket:fixtures/promise-${serial}.mp3`,
    metadata: { requestMetadata: { project_id: "proj_east", extra_id: account } },
  };
  return { record: toCallRecord(payload, settings), endedAt: new Date(now.getTime() - daysAgo * DAY) };
}

beforeAll(async () => {
  await insertCalls([
    // A: kept (a voicemail does not decide; the payment does).
    call("0101", 25, "PAYMENT PROMISE", "Ana promised to pay $120.50 on Friday."),
    call("0101", 24, "VOICEMAIL"),
    call("0101", 22, "PAYMENT COMPLETED", "Ana paid $120.50 during the call."),
    // B: open, no amount stated.
    call("0102", 20, "PAYMENT PROMISE", "Ben agreed to pay."),
    // C: 13 days old, too recent to judge; its amount still counts.
    call("0103", 13, "PAYMENT PROMISE", "Cy promised to pay 1,250 dollars on Monday."),
    // D: the payment is on another account of the number (another debt): the promise stays open.
    call("0104", 20, "PAYMENT PROMISE", "Dee promised to pay £80.00 tomorrow."),
    call("0104", 18, "PAYMENT COMPLETED", null, "acct_2"),
    // E: renewed by a later promise, which is then kept.
    call("0105", 40, "PAYMENT PROMISE", "Eve promised to pay $50 on Friday."),
    call("0105", 35, "PAYMENT PROMISE", "Eve promised to pay $70 on Monday."),
    call("0105", 33, "PAYMENT COMPLETED"),
    // G: refused. H: exactly 14 days old, judged, open.
    call("0107", 16, "PAYMENT PROMISE", "Gil promised to pay next week."),
    call("0107", 15, "NOT INTERESTED"),
    call("0108", PROMISE_JUDGE_AFTER_DAYS, "PAYMENT PROMISE", "Hal will pay $10 on Friday."),
    // I: the AI heard a callback request; a reviewer may correct it to a promise (its amount is stored anyway).
    call("0109", 20, "CALLBACK REQUESTED", "Ivy said she could pay €30 next month; call back Friday."),
  ]);
});

const context = (grain: "day" | "week" = "week") => ({ now, timeZone: "UTC", grain, span: null });
const stats = (query: Record<string, string>) => getPromiseStats(parseCallFilters(query).filters, context());

describe("getPromiseStats", () => {
  it("stores the amount the texts state at ingestion, whatever the outcome", async () => {
    const rows = await getDb().call.findMany({
      where: { providerCallId: { in: ["promise-stats-1", "promise-stats-3", "promise-stats-4", "promise-stats-14"] } },
      select: { providerCallId: true, promiseAmountCents: true, promiseCurrency: true },
      orderBy: { providerCallId: "asc" },
    });
    expect(rows.map((r) => [r.providerCallId, r.promiseAmountCents === null ? null : Number(r.promiseAmountCents), r.promiseCurrency])).toEqual([
      ["promise-stats-1", 12_050, "USD"],
      ["promise-stats-14", 3_000, "EUR"],
      ["promise-stats-3", 12_050, "USD"],
      ["promise-stats-4", null, null],
    ]);
  });

  it("gives each promise's follow-through as counted by hand", async () => {
    const result = await stats({ range: "90d" });
    expect(result).toMatchObject({ promises: 8, withoutContact: 0, tooRecent: 1, judged: 7, judgeAfterDays: 14 });
    expect(result.states).toEqual({ kept: 2, renewed: 1, refused: 1, open: 3 });
  });

  it("sums the stated amounts per currency, and counts the promises that state one", async () => {
    const result = await stats({ range: "90d" });
    expect(result.withAmount).toBe(6);
    expect(result.amounts).toEqual([
      { currency: "USD", cents: 12_050 + 125_000 + 5_000 + 7_000 + 1_000, promises: 5 },
      { currency: "GBP", cents: 8_000, promises: 1 },
    ]);
    const buckets = result.buckets.filter((b) => b.promises > 0);
    expect(buckets.reduce((sum, b) => sum + b.promises, 0)).toBe(8);
    expect(buckets.reduce((sum, b) => sum + b.withAmount, 0)).toBe(6);
    expect(buckets.flatMap((b) => b.amounts).filter((a) => a.currency === "USD").reduce((sum, a) => sum + a.cents, 0)).toBe(150_050);
  });

  it("sums the stored amounts, not the texts: a reviewer's correction to a promise counts its stored amount", async () => {
    // The stored column is what counts (here edited behind the texts' back, then put back).
    await getDb().$executeRaw`UPDATE calls SET promise_amount_cents = 99_900, promise_currency = 'AED' WHERE provider_call_id = 'promise-stats-4'`;
    const edited = await stats({ range: "90d" });
    expect(edited.withAmount).toBe(7);
    expect(edited.amounts).toContainEqual({ currency: "AED", cents: 99_900, promises: 1 });
    await getDb().$executeRaw`UPDATE calls SET promise_amount_cents = NULL, promise_currency = NULL WHERE provider_call_id = 'promise-stats-4'`;

    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'payment_promise' WHERE provider_call_id = 'promise-stats-14'`;
    const corrected = await stats({ range: "90d" });
    expect(corrected).toMatchObject({ promises: 9, withAmount: 7, states: { kept: 2, renewed: 1, refused: 1, open: 4 } });
    expect(corrected.amounts).toContainEqual({ currency: "EUR", cents: 3_000, promises: 1 });
    // The AI's labels: Ivy's call is no promise.
    expect((await stats({ range: "90d", labels: "ai" })).amounts.map((a) => a.currency)).toEqual(["USD", "GBP"]);
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = NULL WHERE provider_call_id = 'promise-stats-14'`;
  });

  it("takes the promises of the period, judged by calls after it too", async () => {
    // 30 days: E's two promises are out; A, B, C, D, G, H in.
    const month = await stats({ range: "30d" });
    expect(month).toMatchObject({ promises: 6, tooRecent: 1, judged: 5, states: { kept: 1, renewed: 0, refused: 1, open: 3 } });
    // Only A's promise day: kept by a payment three days later, outside the period.
    const day = new Date(now.getTime() - 25 * DAY).toISOString().slice(0, 10);
    const one = await stats({ from: day, to: day });
    expect(one).toMatchObject({ promises: 1, judged: 1, states: { kept: 1 } });
  });

  it("follows the page's labels: a reviewer's correction of the deciding call counts, unless labels=ai", async () => {
    // Gil's refusal was really a payment.
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'payment_completed' WHERE provider_call_id = 'promise-stats-12'`;
    expect((await stats({ range: "90d" })).states).toEqual({ kept: 3, renewed: 1, refused: 0, open: 3 });
    expect((await stats({ range: "90d", labels: "ai" })).states).toEqual({ kept: 2, renewed: 1, refused: 1, open: 3 });
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = NULL WHERE provider_call_id = 'promise-stats-12'`;
  });

  it("counts a reviewer's amount instead of the extracted one, and 'no amount stated' as none", async () => {
    const by = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
    const idOf = async (n: number) => (await getDb().call.findUniqueOrThrow({ where: { providerCallId: `promise-stats-${n}` }, select: { id: true } })).id;
    const [ana, ben, dee] = await Promise.all([idOf(1), idOf(4), idOf(6)]);
    await correctPromiseTerms({ callId: ana, amount: { value: "200", currency: "USD" }, date: null, expectedVersion: 0 }, by); // stated $120.50
    await correctPromiseTerms({ callId: ben, amount: { value: "40.25", currency: "EUR" }, date: "2026-12-24", expectedVersion: 0 }, by); // stated none
    await correctPromiseTerms({ callId: dee, amount: null, date: null, expectedVersion: 0 }, by); // stated £80.00
    const result = await stats({ range: "90d" });
    expect(result.withAmount).toBe(6);
    expect(result.amounts).toEqual([
      { currency: "USD", cents: 20_000 + 125_000 + 5_000 + 7_000 + 1_000, promises: 5 },
      { currency: "EUR", cents: 4_025, promises: 1 },
    ]);
    expect(result.buckets.flatMap((b) => b.amounts).some((a) => a.currency === "GBP")).toBe(false);
    for (const callId of [ana, ben, dee]) await clearPromiseTerms({ callId, expectedVersion: (await readReview(callId))!.version }, by);
    expect((await stats({ range: "90d" })).amounts.map((a) => a.currency)).toEqual(["USD", "GBP"]);
  });

  it("counts the promises the running backfill has not re-derived yet, except those a reviewer corrected", async () => {
    const fingerprint = derivationFingerprint(getContactSettings());
    const promiseIds = (await getDb().call.findMany({ where: { outcomeKey: "payment_promise" }, select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(promiseIds).toHaveLength(8);
    // Not started: every promise.
    await getDb().$executeRaw`UPDATE contact_state SET derived_with = NULL, backfill_cursor = NULL`;
    expect((await stats({ range: "90d" })).pendingExtraction).toBe(8);
    // Halfway: those above the cursor; a reviewer's amount is not waiting for anything.
    await getDb().$executeRaw`UPDATE contact_state SET backfill_cursor = ${promiseIds[2]}::uuid`;
    expect((await stats({ range: "90d" })).pendingExtraction).toBe(5);
    const by = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
    const last = promiseIds[7]!;
    await correctPromiseTerms({ callId: last, amount: { value: "10", currency: "USD" }, date: null, expectedVersion: (await readReview(last))!.version }, by);
    expect((await stats({ range: "90d" })).pendingExtraction).toBe(4);
    // Done with the current settings: nothing missing.
    await getDb().$executeRaw`UPDATE contact_state SET derived_with = ${fingerprint}, backfill_cursor = NULL`;
    expect((await stats({ range: "90d" })).pendingExtraction).toBe(0);
    await clearPromiseTerms({ callId: last, expectedVersion: (await readReview(last))!.version }, by);
  });
});
