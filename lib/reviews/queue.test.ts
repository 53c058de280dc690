// Review mode's queue on a real database, against a hand count in JavaScript: the first unreviewed
// call of a filtered list in its order, the next one after a call (from the top again when none is
// below it), the calls a duration order cannot place last, and both the in-memory path (few
// matches) and the index walk (more than PROBE_LIMIT matches).
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { parseCallFilters, type CallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import type { CallSort } from "@/lib/calls/list-params";
import { PROBE_LIMIT } from "@/lib/calls/match-probe";
import { getDb } from "@/lib/db";
import { findUnreviewedCall } from "./queue";
import { nextUnreviewedHref, parseQueue, queueQuery, stepQueueHref } from "./queue-step";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
const same = new Date("2026-11-29T08:00:00Z");
const COUNT = PROBE_LIMIT + 150;

type Row = { id: string; endedAt: Date; durationSeconds: number | null; sentimentKey: string | null; reviewed: boolean };
let rows: Row[] = [];

async function readRows(): Promise<Row[]> {
  return getDb().$queryRaw<Row[]>`
    SELECT c.id::text, c.ended_at AS "endedAt", c.duration_seconds AS "durationSeconds", c.effective_sentiment_key AS "sentimentKey",
           coalesce(r.status, 'not_reviewed') <> 'not_reviewed' AS reviewed
    FROM calls c LEFT JOIN call_reviews r ON r.call_id = c.id`;
}

/** The hand count: the list's order written out plainly (ties by id, as PostgreSQL orders uuids). */
function ordered(list: Row[], sort: CallSort): Row[] {
  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const newest = (a: Row, b: Row) => b.endedAt.getTime() - a.endedAt.getTime() || -byId(a, b);
  if (sort === "oldest") return [...list].sort((a, b) => -newest(a, b));
  if (sort === "longest" || sort === "shortest") {
    const sign = sort === "longest" ? -1 : 1;
    const placed = list.filter((r) => r.durationSeconds !== null).sort((a, b) => sign * (a.durationSeconds! - b.durationSeconds! || byId(a, b)));
    return [...placed, ...list.filter((r) => r.durationSeconds === null).sort(newest)];
  }
  return [...list].sort(newest);
}

const filtersOf = (query: string): CallFilters => parseCallFilters(new URLSearchParams(query)).filters;

beforeAll(async () => {
  // Every third call shares one timestamp (ties go by id); some have no duration.
  const calls = generateCalls(COUNT, { seed: 21, now }).map(({ payload, endedAt }, i) => ({ record: toCallRecord(payload), endedAt: i % 3 ? endedAt : same }));
  await insertCalls(calls);
  await getDb().$executeRaw`UPDATE calls SET duration_seconds = NULL WHERE id IN (SELECT id FROM calls ORDER BY id LIMIT 40)`;
  // Most calls reviewed (either status counts), so the unreviewed ones are scattered through the list.
  await getDb().$executeRaw`
    INSERT INTO call_reviews (call_id, status)
    SELECT id, CASE WHEN n % 2 = 0 THEN 'reviewed' ELSE 'needs_follow_up' END
    FROM (SELECT id, row_number() OVER (ORDER BY md5(id::text)) AS n FROM calls) c WHERE n % 7 <> 0`;
  // A review row that is back to "not reviewed" is unreviewed too.
  await getDb().$executeRaw`INSERT INTO call_reviews (call_id) SELECT id FROM calls WHERE id NOT IN (SELECT call_id FROM call_reviews) ORDER BY id LIMIT 5`;
  rows = await readRows();
}, 240_000); // 2,000+ calls on two shared cores

const CASES: [string, CallSort, (row: Row) => boolean][] = [
  ["", "newest", () => true], // more than PROBE_LIMIT matches: the index walk
  ["sentiment=negative", "newest", (r) => r.sentimentKey === "negative"], // few: in memory
  ["sentiment=negative&sort=oldest", "oldest", (r) => r.sentimentKey === "negative"],
  ["sort=longest", "longest", () => true],
  ["sentiment=neutral&sort=shortest", "shortest", (r) => r.sentimentKey === "neutral"],
  ["sort=relevance", "relevance", () => true], // no search: time order
];

describe("findUnreviewedCall", () => {
  it("has lists on both sides of the probe limit", () => {
    expect(rows.length).toBeGreaterThan(PROBE_LIMIT);
    expect(rows.filter((r) => r.sentimentKey === "negative").length).toBeLessThan(PROBE_LIMIT);
  });

  it.each(CASES)("finds the first unreviewed call in the list's order: %s", async (query, sort, matches) => {
    const expected = ordered(rows.filter(matches), sort).find((r) => !r.reviewed);
    expect(expected).toBeDefined();
    expect(await findUnreviewedCall(filtersOf(query), sort, context)).toBe(expected!.id);
  });

  it.each(CASES)("walks on to the next unreviewed call, then from the top again: %s", async (query, sort, matches) => {
    const list = ordered(rows.filter(matches), sort);
    const unreviewed = list.filter((r) => !r.reviewed);
    expect(unreviewed.length).toBeGreaterThan(3);
    // From reviewed calls scattered through the list, including after the last unreviewed one.
    const lastUnreviewed = list.indexOf(unreviewed.at(-1)!);
    const froms = [list[1]!, list[Math.floor(list.length / 2)]!, list[list.length - 1]!, ...(lastUnreviewed > 0 ? [list[lastUnreviewed - 1]!] : [])];
    for (const from of froms) {
      const below = list.slice(list.indexOf(from) + 1).find((r) => !r.reviewed && r.id !== from.id);
      const expected = below ?? unreviewed.find((r) => r.id !== from.id);
      expect(await findUnreviewedCall(filtersOf(query), sort, context, from)).toBe(expected!.id);
    }
  });

  it("never answers the call it starts from, and null when every call of the list is reviewed", async () => {
    const negatives = ordered(rows.filter((r) => r.sentimentKey === "negative"), "newest");
    const unreviewed = negatives.filter((r) => !r.reviewed);
    const only = unreviewed[0]!;
    await getDb().$executeRaw`
      INSERT INTO call_reviews (call_id, status) SELECT unnest(${unreviewed.slice(1).map((r) => r.id)}::uuid[]), 'reviewed'
      ON CONFLICT (call_id) DO UPDATE SET status = 'reviewed'`;
    const filters = filtersOf("sentiment=negative");
    expect(await findUnreviewedCall(filters, "newest", context)).toBe(only.id);
    expect(await findUnreviewedCall(filters, "newest", context, only)).toBeNull();
    await getDb().$executeRaw`INSERT INTO call_reviews (call_id, status) VALUES (${only.id}::uuid, 'needs_follow_up') ON CONFLICT (call_id) DO UPDATE SET status = 'needs_follow_up'`;
    expect(await findUnreviewedCall(filters, "newest", context)).toBeNull();
    // A list that already asks for reviewed calls has no unreviewed ones.
    expect(await findUnreviewedCall(filtersOf("review=reviewed"), "newest", context)).toBeNull();
  });
});

describe("review mode's addresses", () => {
  it("goes on to the next unreviewed call with the queue's filters, or back to the queue once all are reviewed", async () => {
    const all = ordered(await readRows(), "oldest");
    const from = all[0]!;
    const expected = all.slice(1).find((r) => !r.reviewed)!;
    const queue = parseQueue(new URLSearchParams("sort=oldest&size=50"));
    expect(queueQuery(queue)).toBe("sort=oldest");
    expect(await nextUnreviewedHref(from.id, queue, context)).toBe(`/review/${expected.id}?sort=oldest`);
    // Every negative call is reviewed by now (the test above).
    const negatives = parseQueue(new URLSearchParams("sentiment=negative"));
    expect(await nextUnreviewedHref(from.id, negatives, context)).toBe("/review?sentiment=negative");
  });

  it("steps down and up the list with j and k, and marks its ends", async () => {
    const list = ordered(await readRows(), "newest");
    const queue = parseQueue(new URLSearchParams(""));
    expect(await stepQueueHref(list[1]!.id, queue, "next", context)).toBe(`/review/${list[2]!.id}`);
    expect(await stepQueueHref(list[1]!.id, queue, "previous", context)).toBe(`/review/${list[0]!.id}`);
    expect(await stepQueueHref(list[0]!.id, queue, "previous", context)).toBe(`/review/${list[0]!.id}?end=first`);
    expect(await stepQueueHref("00000000-0000-4000-8000-000000000000", queue, "next", context)).toBeNull();
  });
});
