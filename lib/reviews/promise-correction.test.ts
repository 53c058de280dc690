// A reviewer's amount and date of a promise on a real database: set beside the extracted terms,
// recorded in the history and the audit trail, cleared back to the extracted ones, refused on a
// stale version and on bad figures with nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { ApiError, toApiError } from "@/lib/http/errors";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { ReviewConflictError } from "./errors";
import { getReview } from "./get-review";
import { clearPromiseTerms, correctPromiseTerms } from "./promise-correction";
import { setReviewStatus } from "./set-review-status";

// Noon UTC on a Wednesday: "on Friday" is Dec 4 in any zone the tests run in.
const endedAt = new Date("2026-12-02T12:00:00Z");
let callIds: string[] = [];
let alice: ReviewActor;
let bob: ReviewActor;

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof ApiError) && !(error instanceof ZodError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return toApiError(error);
}

const reviewRow = async (callId: string) =>
  (await getDb().$queryRaw<Record<string, unknown>[]>`
    SELECT promise_amount_cents::float8 AS cents, promise_currency AS currency, to_char(promise_date, 'YYYY-MM-DD') AS date,
           promise_corrected_by AS by, promise_corrected_at IS NOT NULL AS corrected, version
    FROM call_reviews WHERE call_id = ${callId}::uuid`)[0] ?? null;

beforeAll(async () => {
  const calls = generateCalls(4, { seed: 5, now: endedAt, spreadDays: 0 });
  await insertCalls(calls.map(({ payload }) => ({
    record: toCallRecord({ ...payload, callOutput: "PAYMENT PROMISE", summary: "Ana promised to pay $100 on Friday.", callOutputReasoning: "She agreed." }),
    endedAt,
  })));
  callIds = (await getDb().call.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  alice = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
  bob = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
});

describe("correctPromiseTerms", () => {
  it("shows the extracted terms before any correction", async () => {
    const { promise } = (await getReview(callIds[0]!))!.review;
    expect(promise).toEqual({
      extracted: { money: { currency: "USD", cents: 10_000 }, date: "2026-12-04", dateText: "on Friday" },
      correction: null,
      effective: { money: { currency: "USD", cents: 10_000 }, date: "2026-12-04" },
    });
  });

  it("sets the reviewer's amount and date apart from the call's, with history and audit, and clears them", async () => {
    const callId = callIds[0]!;
    const set = await correctPromiseTerms({ callId, amount: { value: "1,120.5", currency: "usd" }, date: "2026-12-05", expectedVersion: 0 }, alice);
    expect(set.promise.effective).toEqual({ money: { currency: "USD", cents: 112_050 }, date: "2026-12-05" });
    expect(set.promise.correction).toMatchObject({ by: { id: alice.user.id } });
    expect(set.promise.extracted.money).toEqual({ currency: "USD", cents: 10_000 });
    expect(set.status).toBe("reviewed"); // a correction is a review
    expect(set.version).toBe(1);
    // The call's extracted amount is untouched: only the review row holds the reviewer's.
    const call = await getDb().call.findUniqueOrThrow({ where: { id: callId }, select: { promiseAmountCents: true, promiseCurrency: true } });
    expect([Number(call.promiseAmountCents), call.promiseCurrency]).toEqual([10_000, "USD"]);

    // The same terms again change nothing; "no amount stated" is a correction of its own.
    expect((await correctPromiseTerms({ callId, amount: { value: "1120.50", currency: "USD" }, date: "2026-12-05", expectedVersion: 1 }, alice)).version).toBe(1);
    const none = await correctPromiseTerms({ callId, amount: null, date: null, expectedVersion: 1 }, bob);
    expect(none.promise.effective).toEqual({ money: null, date: null });
    expect(none.promise.correction).toMatchObject({ money: null, date: null, by: { id: bob.user.id } });

    const cleared = await clearPromiseTerms({ callId, expectedVersion: none.version }, alice);
    expect(cleared.promise.correction).toBeNull();
    expect(cleared.promise.effective).toEqual({ money: { currency: "USD", cents: 10_000 }, date: "2026-12-04" });
    expect(await reviewRow(callId)).toMatchObject({ cents: null, currency: null, date: null, by: null, corrected: false, version: 3 });

    const { history } = (await getReview(callId))!;
    expect(history.map((h) => [h.field, h.from, h.to, h.detail])).toEqual([
      ["promise", "- -", "USD 10000 2026-12-04", "correction cleared"],
      ["promise", "USD 112050 2026-12-05", "- -", null],
      ["status", "not_reviewed", "reviewed", null],
      ["promise", "USD 10000 2026-12-04", "USD 112050 2026-12-05", null],
    ]);
    expect(history[1]!.actor?.id).toBe(bob.user.id);
    const events = await getDb().auditEvent.findMany({ where: { targetId: callId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["review.promise_corrected", "review.promise_corrected", "review.correction_cleared"]);
  });

  it("refuses a stale version with the current review, and saves nothing", async () => {
    const callId = callIds[1]!;
    await setReviewStatus({ callId, status: "needs_follow_up", expectedVersion: 0 }, bob);
    const error = await refusal(correctPromiseTerms({ callId, amount: { value: "120", currency: "USD" }, date: null, expectedVersion: 0 }, alice));
    expect(error).toBeInstanceOf(ReviewConflictError);
    expect(error.status).toBe(409);
    expect((error as ReviewConflictError).current).toMatchObject({ version: 1, status: "needs_follow_up", updatedBy: { id: bob.user.id } });
    expect(await reviewRow(callId)).toMatchObject({ corrected: false, cents: null, version: 1 });
    // With the version it was shown, the change goes through.
    const retried = await correctPromiseTerms({ callId, amount: { value: "120", currency: "USD" }, date: null, expectedVersion: 1 }, alice);
    expect(retried.promise.effective).toEqual({ money: { currency: "USD", cents: 12_000 }, date: null });
    expect(retried.status).toBe("needs_follow_up"); // not marked reviewed over the other person's status
  });

  it.each([
    [{ value: "0", currency: "USD" }, "2026-12-05", /more than 0/],
    [{ value: "-5", currency: "USD" }, "2026-12-05", /at most 2 decimals/],
    [{ value: "12.345", currency: "USD" }, "2026-12-05", /at most 2 decimals/],
    [{ value: "abc", currency: "USD" }, "2026-12-05", /at most 2 decimals/],
    [{ value: "1e3", currency: "USD" }, "2026-12-05", /at most 2 decimals/],
    [{ value: "99999999999", currency: "USD" }, "2026-12-05", /too large/],
    [{ value: "120", currency: "US" }, "2026-12-05", /3-letter code/],
    [{ value: "120", currency: "US1" }, "2026-12-05", /3-letter code/],
    [{ value: "120", currency: "USD" }, "2026-02-30", /does not exist/],
    [{ value: "120", currency: "USD" }, "5 Dec", /is a day/],
  ])("refuses %j by %s with nothing changed", async (amount, date, message) => {
    const callId = callIds[2]!;
    const error = await refusal(correctPromiseTerms({ callId, amount, date, expectedVersion: 0 }, alice));
    expect(error.status).toBe(422);
    expect(JSON.stringify(error.details)).toMatch(message);
    expect(await reviewRow(callId)).toBeNull();
    expect((await getReview(callId))!.history).toEqual([]);
  });
});
