// "How right is the AI" on every path it reads (call_reviews' copies, the calls for filters the
// copies lack, the roll-up or the calls for the denominator) against a plain count over calls and
// call_reviews, on hand-made calls around a period's edges; and the copies kept in step by every
// writer (review commands, bulk actions, a later delivery of the call).
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCall } from "@/e2e/fixtures/analytics-calls";
import { buildCallWhere } from "@/lib/calls/call-where";
import { resolveDateRange } from "@/lib/calls/date-range";
import { parseCallFilters, type CallFilters } from "@/lib/calls/filters";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { assignReview } from "./assignment";
import { bulkMarkReviewed } from "./bulk";
import { correctOutcome, correctSentiment } from "./corrections";
import { getReview } from "./get-review";
import { setReviewStatus } from "./set-review-status";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { countPairsAndReviews } from "./stats-matched";
import { checksCalls, countPairs, countReviews } from "./stats-sql";
import { getReviewStats, type StatsViewer } from "./stats";
import { DONE_STATUSES } from "./status";
import { addTag } from "./tags";

const now = new Date("2026-06-15T12:00:00Z");
const context = { now, timeZone: "UTC", grain: "day" as const };
// The custom period 2026-06-10..2026-06-12 is [06-10T00:00Z, 06-13T00:00Z): a call at each edge and a millisecond outside.
const EDGES = ["2026-06-09T23:59:59.999Z", "2026-06-10T00:00:00.000Z", "2026-06-12T23:59:59.999Z", "2026-06-13T00:00:00.000Z"];
const FIXTURE = [
  ...EDGES.map((at, i) => ({ at, outcome: i % 2 ? "PAYMENT PROMISE" : "WRONG NUMBER", sentiment: "POSITIVE", project: "proj_west" })),
  { at: "2026-06-11T10:00:00Z", outcome: "PAYMENT PROMISE", sentiment: "NEGATIVE", duration: 200 },
  { at: "2026-06-11T11:00:00Z", outcome: "PAYMENT PROMISE", sentiment: "NEUTRAL", delivery: "fail" as const, duration: 5 },
  { at: "2026-06-11T12:00:00Z", outcome: "NOT INTERESTED", sentiment: "NEGATIVE", project: null },
  { at: "2026-06-14T09:00:00Z", outcome: "CALL BACK REQUESTED", sentiment: "POSITIVE", project: "proj_west" },
  { at: "2026-06-14T10:00:00Z", outcome: "DISPUTE", sentiment: "NEGATIVE", duration: 400 },
  { at: "2026-05-01T10:00:00Z", outcome: "PAYMENT PROMISE", sentiment: "POSITIVE" },
  { at: "2026-06-15T08:00:00Z", outcome: "WRONG NUMBER", sentiment: "NEUTRAL" },
];

let ids: string[] = [];
let agent: ReviewActor;
let manager: ReviewActor;
const version = async (i: number) => (await getReview(ids[i]!))!.review.version;

beforeAll(async () => {
  await insertCalls(FIXTURE.map((call) => fixtureCall(call)));
  ids = (await getDb().call.findMany({ select: { id: true }, orderBy: { providerCallId: "asc" } })).map((r) => r.id);
  agent = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
  manager = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
  const mark = async (i: number, status: "reviewed" | "needs_follow_up" | "not_reviewed", by: ReviewActor) =>
    setReviewStatus({ callId: ids[i]!, status, expectedVersion: await version(i) }, by);
  await mark(0, "reviewed", agent);
  await correctOutcome({ callId: ids[1]!, label: "Wrong number", reason: "Heard it", expectedVersion: await version(1) }, agent);
  await mark(2, "needs_follow_up", manager);
  await correctSentiment({ callId: ids[3]!, label: "Negative", reason: "Tone", expectedVersion: await version(3) }, manager);
  await mark(4, "reviewed", agent);
  await mark(4, "needs_follow_up", agent); // the same reviewer, call and day: one review
  await correctOutcome({ callId: ids[6]!, label: "Payment promise", reason: "Said so", expectedVersion: await version(6) }, manager);
  await mark(7, "reviewed", manager);
  await mark(7, "not_reviewed", manager); // reviewed then undone: not reviewed now, a review that day still
  await mark(9, "reviewed", agent);
  await assignReview({ callId: ids[4]!, assigneeId: agent.user.id, expectedVersion: await version(4) }, manager);
  await assignReview({ callId: ids[5]!, assigneeId: manager.user.id, expectedVersion: await version(5) }, manager);
  await addTag({ callId: ids[6]!, tag: "hardship" }, manager);
  // Reviews made on other days than today, one of them inside the custom period.
  await getDb().$executeRaw`UPDATE call_review_changes SET at = '2026-06-11T15:00:00Z' WHERE call_id = ${ids[2]!}::uuid`;
  await getDb().$executeRaw`UPDATE call_review_changes SET at = '2026-06-13T00:00:00Z' WHERE call_id = ${ids[9]!}::uuid`;
});

const done = (filters: CallFilters) => DONE_STATUSES.filter((s) => !filters.reviewStatuses?.length || filters.reviewStatuses.includes(s));

/** The figures by a plain count over calls, joined with call_reviews and the history, written apart from stats-sql.ts. */
async function plainCount(filters: CallFilters, viewer: StatsViewer) {
  const where = { now, timeZone: "UTC", userId: viewer.id };
  const statuses = done(filters);
  const reviewed = Prisma.sql`${buildCallWhere({ ...filters, reviewStatuses: undefined }, where)}
    AND EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.status = ANY(${statuses}::text[]))`;
  const [total] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${buildCallWhere(filters, where)}`;
  const pairs = await getDb().$queryRaw<{ kind: string; ai: string | null; effective: string | null; calls: number }[]>`
    SELECT 'outcome' AS kind, outcome_key AS ai, effective_outcome_key AS effective, count(*)::int AS calls FROM calls WHERE ${reviewed} GROUP BY 2, 3
    UNION ALL
    SELECT 'sentiment', sentiment_key, effective_sentiment_key, count(*)::int FROM calls WHERE ${reviewed} GROUP BY 2, 3`;
  const { from, to } = resolveDateRange(filters.range, now, "UTC");
  const others = buildCallWhere({ ...filters, range: { preset: "all" } }, where);
  const reviewers = await getDb().$queryRaw<{ id: string; bucket: string; reviews: number }[]>`
    SELECT h.actor_id AS id, to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS bucket, count(DISTINCT h.call_id)::int AS reviews
    FROM call_review_changes h
    WHERE h.field = 'status' AND h.to_value = ANY(${statuses}::text[]) AND h.actor_id IS NOT NULL
      AND (${from}::timestamptz IS NULL OR h.at >= ${from}::timestamptz) AND (${to}::timestamptz IS NULL OR h.at < ${to}::timestamptz)
      AND (${viewer.role === "agent" ? viewer.id : null}::text IS NULL OR h.actor_id = ${viewer.id})
      AND EXISTS (SELECT 1 FROM calls WHERE calls.id = h.call_id AND ${others})
    GROUP BY 1, 2`;
  return { total: total!.n, pairs, reviewers };
}

const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();

const QUERIES = [
  "", "range=all&from=2026-06-10&to=2026-06-12", "range=7d", "range=today", "project=proj_west", "project=proj_west&from=2026-06-10&to=2026-06-12",
  "ai_outcome=payment_promise", "outcome=payment_promise", "labels=ai&outcome=payment_promise", "sentiment=negative&dstatus=pass",
  "ai_sentiment=positive&corrected=true", "corrected=false", "dmin=100", "dmax=30&pstatus=fail", "review=needs_follow_up", "review=not_reviewed",
  "review=reviewed,not_reviewed&outcome=wrong_number", "assignee=me", "assignee=nobody&range=7d", `assignee=${"x".repeat(8)}`,
  "tag=hardship", "q=promise&from=2026-06-10&to=2026-06-12", "phone=5550003", "meta=extra_id:000002", "disclosure=missing",
];

describe("getReviewStats on every path", () => {
  for (const role of ["manager", "agent"] as const) {
    for (const query of QUERIES) {
      it(`equals a plain count: ${role}, ${query || "no filter"}`, async () => {
        const viewer = role === "agent" ? agent.user : manager.user;
        const { filters } = parseCallFilters(new URLSearchParams(query));
        const plain = await plainCount(filters, viewer);
        for (const rollUp of [true, false]) {
          const stats = await getReviewStats(filters, { ...context, rollUp }, viewer);
          expect(stats.coverage.denominator).toBe(plain.total);
          expect(stats.coverage.numerator).toBe(plain.pairs.filter((p) => p.kind === "outcome").reduce((sum, p) => sum + p.calls, 0));
          expect(sorted(stats.reviewers.rows.map((r) => ({ id: r.reviewer.id, bucket: r.bucket, reviews: r.reviews })))).toEqual(sorted(plain.reviewers));
          // As the analytics page reads them: the denominator is its figures' total.
          const analytics = await getAnalytics(filters, { now, timeZone: "UTC", grain: "day", rollUp, userId: viewer.id });
          expect(analytics.totals.calls).toBe(plain.total);
          expect(await getReviewStats(filters, { ...context, callsInView: Promise.resolve(analytics.totals.calls) }, viewer)).toEqual(stats);
        }
        const scope = { ...resolveDateRange(filters.range, now, "UTC"), grain: "day" as const, timeZone: "UTC", onlyActor: role === "agent" ? viewer.id : null };
        const whereContext = { now, timeZone: "UTC", userId: viewer.id };
        if (checksCalls(filters)) {
          // The one-statement path the page takes for these filters gives what the two statements give, in the same order.
          const both = await countPairsAndReviews(filters, done(filters), scope, whereContext);
          expect(sorted(both.pairs)).toEqual(sorted(plain.pairs));
          expect(both.reviewers).toEqual(await countReviews(filters, done(filters), scope, whereContext));
        }
        const pairs = await countPairs(filters, done(filters), { now, timeZone: "UTC", userId: viewer.id });
        expect(sorted(pairs)).toEqual(sorted(plain.pairs));
      });
    }
  }

  it("takes the one-statement path for exactly the filters checked on the calls", () => {
    const takes = QUERIES.filter((query) => checksCalls(parseCallFilters(new URLSearchParams(query)).filters));
    expect(takes).toEqual(["tag=hardship", "q=promise&from=2026-06-10&to=2026-06-12", "phone=5550003", "meta=extra_id:000002", "disclosure=missing"]);
  });

  it("has fixtures on both sides of the period's edges and on the fallback paths", async () => {
    const { filters } = parseCallFilters({ from: "2026-06-10", to: "2026-06-12" });
    const stats = await getReviewStats(filters, context, manager.user);
    expect(stats.coverage).toMatchObject({ numerator: 4, denominator: 5 }); // c1, c2 (edges in), c4, c6; not c0, c3 (edges out)
    expect(stats.reviewers.rows.map((r) => [r.bucket, r.reviews])).toEqual([["2026-06-11", 1]]);
    const tagged = await getReviewStats(parseCallFilters({ tag: "hardship" }).filters, context, manager.user);
    expect(tagged.outcome.matrix.cells).toMatchObject([{ ai: "not_interested", reviewed: "payment_promise", calls: 1 }]);
  });
});

describe("call_reviews' copies of the call", () => {
  const drift = async () => {
    const [row] = await getDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM call_reviews r LEFT JOIN calls c ON c.id = r.call_id
      WHERE (r.ended_at, r.outcome_key, r.sentiment_key, r.effective_outcome_key, r.effective_sentiment_key, r.corrected,
             r.project_id, r.delivery_status, r.provider_status, r.duration_seconds)
            IS DISTINCT FROM
            (c.ended_at, c.outcome_key, c.sentiment_key, c.effective_outcome_key, c.effective_sentiment_key, c.corrected,
             c.project_id, c.delivery_status, c.provider_status, c.duration_seconds)`;
    return row!.n;
  };

  it("follow review commands, bulk actions and a later delivery of the call", async () => {
    expect(await drift()).toBe(0);
    // New review rows (c8, c10 had none) and an existing one (c7).
    await bulkMarkReviewed({ ids: [ids[7]!, ids[8]!, ids[10]!] }, manager, { now, timeZone: "UTC" });
    expect(await drift()).toBe(0);
    // A later delivery changes the AI's labels, project and duration (ingestion's upsert, or any writer).
    await getDb().$executeRaw`
      UPDATE calls SET outcome_key = 'dispute', sentiment_key = 'neutral', project_id = 'proj_north', duration_seconds = 33,
             delivery_status = 'fail', provider_status = 'fail', ended_at = ended_at - interval '1 day'
      WHERE id = ANY(${[ids[0], ids[1], ids[8]]}::uuid[])`;
    expect(await drift()).toBe(0);
    const [moved] = await getDb().$queryRaw<{ project: string; effective: string }[]>`
      SELECT project_id AS project, effective_outcome_key AS effective FROM call_reviews WHERE call_id = ${ids[1]!}::uuid`;
    expect(moved).toEqual({ project: "proj_north", effective: "wrong_number" }); // the correction stays
    const north = await getReviewStats(parseCallFilters({ project: "proj_north" }).filters, context, manager.user);
    expect(north.coverage).toMatchObject({ numerator: 3, denominator: 3 });
    await correctOutcome({ callId: ids[8]!, label: "Not interested", reason: "Said so", expectedVersion: await version(8) }, manager);
    expect(await drift()).toBe(0);
    const plain = await plainCount(parseCallFilters({ project: "proj_north" }).filters, manager.user);
    expect(sorted(await countPairs(parseCallFilters({ project: "proj_north" }).filters, [...DONE_STATUSES], { now, timeZone: "UTC" }))).toEqual(sorted(plain.pairs));
  });
});

describe("a delivery of the call while its review row is made", () => {
  it("waits for the review's transaction, then copies its change (never lost)", async () => {
    const [call] = await insertCalls([fixtureCall({ at: "2026-06-14T11:00:00Z", outcome: "VOICEMAIL" })]).then(async () =>
      getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls WHERE outcome_key = 'voicemail'`);
    const review = new pg.Client(process.env.DATABASE_URL);
    const delivery = new pg.Client(process.env.DATABASE_URL);
    await Promise.all([review.connect(), delivery.connect()]);
    try {
      await review.query("BEGIN");
      await review.query("INSERT INTO call_reviews (call_id) VALUES ($1::uuid)", [call!.id]); // copies 'voicemail'
      let delivered = false;
      const update = delivery.query("UPDATE calls SET outcome_key = 'dispute' WHERE id = $1::uuid", [call!.id]).then(() => (delivered = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(delivered).toBe(false); // held by the review row's lock on the call
      await review.query("COMMIT");
      await update;
      const { rows } = await review.query("SELECT outcome_key FROM call_reviews WHERE call_id = $1::uuid", [call!.id]);
      expect(rows).toEqual([{ outcome_key: "dispute" }]);
    } finally {
      await Promise.all([review.end(), delivery.end()]);
    }
  });
});
