// "How right is the AI" on a hand-made fixture: ten calls, eight reviewed, whose agreement rate,
// precision, confusion matrix (with links that open exactly the cell's calls), coverage and
// reviews per reviewer per day are worked out by hand below.
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCall } from "@/e2e/fixtures/analytics-calls";
import { buildCallWhere } from "@/lib/calls/call-where";
import { parseCallFilters } from "@/lib/calls/filters";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { correctOutcome, correctSentiment } from "./corrections";
import { getReview } from "./get-review";
import { setReviewStatus } from "./set-review-status";
import { getReviewProgress } from "./progress";
import { getReviewStats } from "./stats";

const now = new Date();
const day = (offset: number) => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
const context = { now, timeZone: "UTC", grain: "day" as const };

// AI outcome and sentiment of c1..c10; what the reviewers do with each.
const FIXTURE = [
  ["PAYMENT PROMISE", "POSITIVE"], // c1 kept; sentiment corrected to neutral (alice)
  ["PAYMENT PROMISE", "POSITIVE"], // c2 kept (alice)
  ["PAYMENT PROMISE", "NEGATIVE"], // c3 -> not interested (alice)
  ["PAYMENT PROMISE", "NEGATIVE"], // c4 -> wrong number, needs follow-up (alice)
  ["WRONG NUMBER", "NEUTRAL"], // c5 kept (bob, two days ago)
  ["WRONG NUMBER", "NEUTRAL"], // c6 -> payment promise (bob, two days ago)
  ["NOT INTERESTED", "NEGATIVE"], // c7 kept (bob)
  ["NOT INTERESTED", "NEGATIVE"], // c8 not reviewed
  ["CALL BACK REQUESTED", "POSITIVE"], // c9 -> payment promise (bob)
  ["DISPUTE", "POSITIVE"], // c10 not reviewed
] as const;

let ids: string[] = [];
let alice: ReviewActor;
let bob: ReviewActor;

const version = async (callId: string) => (await getReview(callId))!.review.version;
const fix = async (i: number, label: string, by: ReviewActor) =>
  correctOutcome({ callId: ids[i]!, label, reason: "Listened to it", expectedVersion: await version(ids[i]!) }, by);
const mark = async (i: number, status: "reviewed" | "needs_follow_up", by: ReviewActor) =>
  setReviewStatus({ callId: ids[i]!, status, expectedVersion: await version(ids[i]!) }, by);

beforeAll(async () => {
  const at = new Date(now.getTime() - 3 * 86_400_000).toISOString();
  await insertCalls(FIXTURE.map(([outcome, sentiment]) => fixtureCall({ at, outcome, sentiment })));
  const rows = await getDb().call.findMany({ select: { id: true, providerCallId: true }, orderBy: { providerCallId: "asc" } });
  ids = rows.map((r) => r.id);
  alice = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
  bob = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
  await mark(0, "reviewed", alice);
  await correctSentiment({ callId: ids[0]!, label: "Neutral", reason: "Flat voice", expectedVersion: await version(ids[0]!) }, alice);
  await mark(1, "reviewed", alice);
  await fix(2, "Not interested", alice);
  await fix(3, "Wrong number", alice);
  await mark(3, "needs_follow_up", alice);
  await mark(4, "reviewed", bob);
  await fix(5, "Payment promise", bob);
  await getDb().$executeRaw`UPDATE call_review_changes SET at = now() - interval '2 days' WHERE call_id = ANY(${[ids[4], ids[5]]}::uuid[])`;
  await mark(6, "reviewed", bob);
  await fix(8, "Payment promise", bob);
});

describe("getReviewStats", () => {
  it("gives agreement, precision, the confusion matrix and coverage as counted by hand", async () => {
    const stats = await getReviewStats(parseCallFilters({}).filters, context, bob.user);
    expect(stats.coverage).toMatchObject({ numerator: 8, denominator: 10, value: 0.8 });
    expect(stats.outcome.agreement).toMatchObject({ numerator: 4, denominator: 8, value: 0.5 });
    expect(stats.outcome.precision.map((p) => [p.key, p.kept, p.reviewed, p.value])).toEqual([
      ["payment_promise", 2, 4, 0.5],
      ["wrong_number", 1, 2, 0.5],
      ["call_back_requested", 0, 1, 0],
      ["not_interested", 1, 1, 1],
    ]);
    const cells = Object.fromEntries(stats.outcome.matrix.cells.map((c) => [`${c.ai}>${c.reviewed}`, c.calls]));
    expect(cells).toEqual({
      "payment_promise>payment_promise": 2, "payment_promise>not_interested": 1, "payment_promise>wrong_number": 1,
      "wrong_number>wrong_number": 1, "wrong_number>payment_promise": 1, "not_interested>not_interested": 1,
      "call_back_requested>payment_promise": 1,
    });
    expect(stats.outcome.matrix.reviewedKeys).toEqual(["payment_promise", "not_interested", "wrong_number"]);
    expect(stats.sentiment.agreement).toMatchObject({ numerator: 7, denominator: 8 });
    const sentimentCells = Object.fromEntries(stats.sentiment.matrix.cells.map((c) => [`${c.ai}>${c.reviewed}`, c.calls]));
    expect(sentimentCells).toEqual({ "positive>neutral": 1, "positive>positive": 2, "negative>negative": 3, "neutral>neutral": 2 });
  });

  it("links each cell to exactly its calls", async () => {
    const stats = await getReviewStats(parseCallFilters({}).filters, context, bob.user);
    for (const [ai, reviewed, expected] of [["payment_promise", "wrong_number", [3]], ["payment_promise", "payment_promise", [0, 1]], ["call_back_requested", "payment_promise", [8]]] as const) {
      const cell = stats.outcome.matrix.cells.find((c) => c.ai === ai && c.reviewed === reviewed)!;
      const { filters } = parseCallFilters(new URLSearchParams(cell.href!.split("?")[1]));
      const rows = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls WHERE ${buildCallWhere(filters, context)} ORDER BY id`;
      expect(rows.map((r) => r.id)).toEqual(expected.map((i) => ids[i]).sort());
    }
  });

  it("follows the page's filters, AI labels or effective", async () => {
    const ai = await getReviewStats(parseCallFilters({ ai_outcome: "payment_promise" }).filters, context, bob.user);
    expect(ai.outcome.agreement).toMatchObject({ numerator: 2, denominator: 4 });
    expect(ai.coverage).toMatchObject({ numerator: 4, denominator: 4 });
    const aiLabels = await getReviewStats(parseCallFilters({ labels: "ai", outcome: "payment_promise" }).filters, context, bob.user);
    expect(aiLabels.outcome.agreement).toEqual(ai.outcome.agreement);
    const effective = await getReviewStats(parseCallFilters({ outcome: "payment_promise" }).filters, context, bob.user);
    expect(effective.outcome.agreement).toMatchObject({ numerator: 2, denominator: 4 }); // c1, c2 kept; c6, c9 corrected to it
    const notReviewed = await getReviewStats(parseCallFilters({ review: "not_reviewed" }).filters, context, bob.user);
    expect(notReviewed.coverage).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it("gives review mode's progress through a filtered list", async () => {
    expect(await getReviewProgress(parseCallFilters({}).filters, context)).toEqual({ total: 10, reviewed: 8 });
    expect(await getReviewProgress(parseCallFilters({ ai_outcome: "not_interested" }).filters, context)).toEqual({ total: 2, reviewed: 1 });
  });

  it("counts reviews per reviewer per day; an agent sees only their own", async () => {
    const everyone = await getReviewStats(parseCallFilters({}).filters, context, bob.user);
    expect(everyone.reviewers.scope).toBe("everyone");
    expect(everyone.reviewers.rows.map((r) => [r.reviewer.id, r.bucket, r.reviews])).toEqual(
      [[bob.user.id, day(2), 2], [alice.user.id, day(0), 4], [bob.user.id, day(0), 2]].sort((a, b) => String(a[1]).localeCompare(String(b[1])) || 0),
    );
    const own = await getReviewStats(parseCallFilters({}).filters, context, alice.user);
    expect(own.reviewers).toMatchObject({ scope: "own", rows: [{ reviewer: { id: alice.user.id }, bucket: day(0), reviews: 4 }] });
    // The period selects the reviews by when they were made (and the other figures by the calls' time).
    const today = await getReviewStats(parseCallFilters({ range: "today" }).filters, context, bob.user);
    expect(today.coverage).toMatchObject({ numerator: 0, denominator: 0 });
    expect(today.reviewers.rows.map((r) => [r.reviewer.id, r.reviews]).sort()).toEqual([[alice.user.id, 4], [bob.user.id, 2]].sort());
    const weekly = await getReviewStats(parseCallFilters({}).filters, { ...context, grain: "week" }, bob.user);
    expect(weekly.reviewers.rows.reduce((sum, r) => sum + r.reviews, 0)).toBe(8);
  });
});
