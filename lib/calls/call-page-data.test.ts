// The call page's reads started together (call-page-data.ts) on a real PostgreSQL: each part the
// same as the read it replaces, a review saved seen on the next view, and the two reads kept 5 s
// (the people calls can be assigned to, the tags in use) changed at once by our own writes.
import { beforeAll, describe, expect, it } from "vitest";
import { getCallCallingState } from "@/lib/compliance/calling-state";
import { getContactSettings } from "@/lib/contacts/settings";
import { getDb } from "@/lib/db";
import { bulkTag } from "@/lib/reviews/bulk";
import { addNote } from "@/lib/reviews/notes";
import { getReview } from "@/lib/reviews/get-review";
import { readReview } from "@/lib/reviews/review-state";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { addTag, listTagsInUse, removeTag } from "@/lib/reviews/tags";
import { setUserActive } from "@/lib/users/update-user";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { loadCallPage } from "./call-page-data";
import { findCallPosition } from "./call-position";
import { toCallRecord } from "./call-record";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { listAssignees } from "./list-assignees";
import { parseListPosition } from "./list-params";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
let ids: string[] = [];

beforeAll(async () => {
  const calls = generateCalls(40, { seed: 61, now, spreadDays: 5 });
  // Two calls to one contact, so that the calling state has a window to count.
  await insertCalls(calls.map(({ payload, endedAt }, i) => ({ record: toCallRecord(i < 2 ? { ...payload, numberTo: "+12125550190" } : payload), endedAt })));
  ids = (await getDb().call.findMany({ select: { id: true }, orderBy: [{ endedAt: "desc" }, { id: "desc" }] })).map((c) => c.id);
});

function pageOf(id: string, query = "", canReview = true) {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  return { reads: loadCallPage({ id, filters, sort: position.sort, context }, { canReview }), filters, sort: position.sort };
}

const reviewer = async () => {
  const user = await createTestUser("manager");
  return { user, by: { user: { id: user.id, email: user.email, role: user.role }, origin: TEST_ORIGIN } };
};

describe("loadCallPage", () => {
  it("gives each part as the read it replaces gives it", async () => {
    for (const id of [ids[0]!, ids[1]!, ids[17]!]) {
      const { reads, filters, sort } = pageOf(id, "sort=oldest");
      const call = await reads.call;
      expect(call?.id).toBe(id);
      expect(await reads.review).toEqual(await readReview(id));
      expect((await reads.panel)?.detail).toEqual(await getReview(id));
      expect(await reads.callingState).toEqual(await getCallCallingState(id, getContactSettings()));
      expect(await reads.position).toEqual(await findCallPosition(call!, filters, sort, context));
      expect((await reads.position)?.total).toBe(ids.length);
    }
    expect((await pageOf(ids[0]!).reads.callingState)?.state).toBeDefined();
  });

  it("shows a review saved on the next view: status, notes and tags are read fresh", async () => {
    const { by } = await reviewer();
    const id = ids[3]!;
    const before = await pageOf(id).reads.panel;
    expect(before?.detail?.review.status).toBe("not_reviewed");
    await setReviewStatus({ callId: id, status: "reviewed", expectedVersion: before!.detail!.review.version }, by);
    await addNote({ callId: id, body: "Checked the promise." }, by);
    await addTag({ callId: id, tag: "Checked" }, by);
    const { reads } = pageOf(id);
    const after = await reads.panel;
    expect((await reads.review)?.status).toBe("reviewed");
    expect(after?.detail?.review.status).toBe("reviewed");
    expect(after?.detail?.notes.map((n) => n.body)).toEqual(["Checked the promise."]);
    expect(after?.detail?.tags).toEqual(["checked"]);
  });

  it("reads no review panel for a role that may not review, and nothing for an unknown or malformed id", async () => {
    const viewer = pageOf(ids[0]!, "", false).reads;
    expect(viewer.panel).toBeNull();
    await viewer.settled();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-call"]) {
      const { reads } = pageOf(id);
      await reads.settled();
      expect(await reads.call).toBeNull();
      expect(await reads.review).toBeNull();
      expect(await reads.callingState).toBeNull();
      expect(await reads.position).toBeNull();
    }
  });
});

describe("the reads kept 5 s", () => {
  it("list a new user, and drop a deactivated one, at the next view", async () => {
    const assignable = async () => (await pageOf(ids[0]!).reads.panel)!.assignable.map((u) => u.id);
    await assignable(); // kept from here on
    const { user: admin } = await reviewer();
    const agent = await createTestUser("agent");
    expect(await assignable()).toContain(agent.id);
    await setUserActive(agent.id, false, { actor: { id: admin.id, email: admin.email }, origin: TEST_ORIGIN });
    expect(await assignable()).not.toContain(agent.id);
    await setUserActive(agent.id, true, { actor: { id: admin.id, email: admin.email }, origin: TEST_ORIGIN });
    expect(await assignable()).toContain(agent.id);
    // The same people as the uncached read, in its order.
    expect(await assignable()).toEqual((await listAssignees()).map((u) => u.id));
  });

  it("count a tag added or removed (on one call or in bulk) at the next view", async () => {
    const { by } = await reviewer();
    const inUse = async () => (await pageOf(ids[0]!).reads.panel)!.inUse;
    await inUse();
    await addTag({ callId: ids[5]!, tag: "Hardship case" }, by);
    expect(await inUse()).toContainEqual({ tag: "hardship-case", calls: 1 });
    await bulkTag({ ids: ids.slice(6, 9) }, "Hardship case", by, context);
    expect(await inUse()).toContainEqual({ tag: "hardship-case", calls: 4 });
    await removeTag({ callId: ids[5]!, tag: "hardship-case" }, by);
    expect(await inUse()).toContainEqual({ tag: "hardship-case", calls: 3 });
    expect(await inUse()).toEqual(await listTagsInUse({ limit: 100 }));
  });
});
