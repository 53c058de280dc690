// Bulk actions on thousands of calls: the whole filtered set (or selected ids) changed in ONE
// statement, exactly the calls the list shows for those filters, with one history row per changed
// call, one audit event, new versions, and the review filters (status, assignee, tag) agreeing.
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { buildCallWhere } from "@/lib/calls/call-where";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { captureStatements } from "@/scripts/bench/capture-sql";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { bulkAssign, bulkMarkReviewed, bulkTag } from "./bulk";
import { ReviewConflictError } from "./errors";
import { setReviewStatus } from "./set-review-status";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
let reviewer: ReviewActor;
let other: ReviewActor;

async function count(query: string, as: ReviewActor = reviewer): Promise<number> {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${buildCallWhere(filters, { ...context, userId: as.user.id })}`;
  return row!.n;
}

/** The statements of `work` that write review rows: a bulk action must send exactly one. */
async function reviewWrites(work: () => Promise<unknown>): Promise<string[]> {
  let result: unknown;
  const statements = await captureStatements(async () => (result = await work()));
  void result;
  return statements.map((s) => s.text).filter((text) => /call_reviews|call_tags/.test(text) && /INSERT/.test(text));
}

beforeAll(async () => {
  const calls = generateCalls(6_000, { seed: 5, now, spreadDays: 30 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  reviewer = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
  other = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
}, 180_000); // thousands of calls on a machine shared with other suites

describe("bulk actions on a filtered set", { timeout: 120_000 }, () => {
  it("mark every matching call reviewed in one statement, with history, audit and new versions", async () => {
    const query = "outcome=payment_promise";
    const matching = await count(query);
    expect(matching).toBeGreaterThan(1000);
    const [someCall] = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls WHERE outcome_key = 'payment_promise' LIMIT 1`;
    // Someone reviewed one of them already: it is matched, not changed.
    await setReviewStatus({ callId: someCall!.id, status: "reviewed", expectedVersion: 0 }, other);

    let result = { matched: 0, changed: 0 };
    const writes = await reviewWrites(async () => (result = await bulkMarkReviewed({ filters: parseCallFilters({ outcome: "payment_promise" }).filters }, reviewer, context)));
    expect(writes).toHaveLength(1);
    expect(result).toEqual({ matched: matching, changed: matching - 1 });
    expect(await count(`${query}&review=reviewed`)).toBe(matching);
    expect(await count("review=reviewed")).toBe(matching);
    expect(await count("review=not_reviewed")).toBe(6_000 - matching);
    const [history] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM call_review_changes WHERE bulk AND actor_id = ${reviewer.user.id}`;
    expect(history!.n).toBe(matching - 1);
    const events = await getDb().auditEvent.findMany({ where: { action: "reviews.bulk_marked_reviewed" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ filters: "outcome=payment_promise&range=all", matched: matching, changed: matching - 1 });

    // A reviewer who loaded one of them before the bulk action is refused and shown it.
    const [call] = await getDb().$queryRaw<{ id: string }[]>`
      SELECT call_id::text AS id FROM call_reviews WHERE updated_by = ${reviewer.user.id} LIMIT 1`;
    const error = await setReviewStatus({ callId: call!.id, status: "needs_follow_up", expectedVersion: 0 }, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewConflictError);
    expect((error as ReviewConflictError).current).toMatchObject({ status: "reviewed", version: 1, updatedBy: { id: reviewer.user.id } });

    // Again: everything already reviewed, nothing changes.
    expect(await bulkMarkReviewed({ filters: parseCallFilters({ outcome: "payment_promise" }).filters }, reviewer, context)).toEqual({ matched: matching, changed: 0 });
  });

  it("assign the filtered set to a user, then the assignee filters agree (me, nobody, an id)", async () => {
    const query = "sentiment=negative&range=7d";
    const matching = await count(query);
    expect(matching).toBeGreaterThan(100);
    let result = { matched: 0, changed: 0 };
    const writes = await reviewWrites(async () => (result = await bulkAssign({ filters: parseCallFilters(new URLSearchParams(query)).filters }, reviewer.user.id, reviewer, context)));
    expect(writes).toHaveLength(1);
    expect(result).toEqual({ matched: matching, changed: matching });
    expect(await count("assignee=me")).toBe(matching);
    expect(await count("assignee=me", other)).toBe(0);
    expect(await count(`assignee=${reviewer.user.id}`, other)).toBe(matching);
    expect(await count("assignee=nobody")).toBe(6_000 - matching);
    expect(await count("assignee=nobody,me")).toBe(6_000);
    // Unassigning the filtered set again.
    expect(await bulkAssign({ filters: parseCallFilters(new URLSearchParams("assignee=me")).filters }, null, reviewer, context)).toEqual({ matched: matching, changed: matching });
    expect(await count("assignee=nobody")).toBe(6_000);
  });

  it("refuses to assign to a user who does not exist", async () => {
    await expect(bulkAssign({ ids: [(await getDb().call.findFirstOrThrow()).id] }, "nobody-like-this", reviewer, context)).rejects.toMatchObject({ status: 422 });
  });

  it("tag selected ids and a filtered set", async () => {
    const ids = (await getDb().call.findMany({ select: { id: true }, take: 25, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(await bulkTag({ ids }, "Hardship", reviewer, context)).toEqual({ matched: 25, changed: 25 });
    const matching = await count("dstatus=fail");
    const writes = await reviewWrites(() => bulkTag({ filters: parseCallFilters({ dstatus: "fail" }).filters }, "hardship", reviewer, context));
    expect(writes).toHaveLength(1);
    expect(await count("tag=hardship")).toBe(new Set([...ids, ...(await getDb().call.findMany({ where: { deliveryStatus: "fail" }, select: { id: true } })).map((c) => c.id)]).size);
    expect(await count("tag=hardship&dstatus=fail")).toBe(matching);
    await expect(bulkTag({ ids: [] }, "x", reviewer, context)).rejects.toThrow(/at least one/);
  });
});
