// The review commands on a real database: version checks between two reviewers, corrections and
// their history and audit events, assignment to active users only, notes' author-and-15-minutes
// rule, tags as slugs with completion.
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { ZodError } from "zod";
import { ApiError, toApiError } from "@/lib/http/errors";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { setUserActive } from "@/lib/users/update-user";
import type { ReviewActor } from "./actor";
import { assignReview, unassignReview } from "./assignment";
import { clearCorrection, correctOutcome, correctSentiment } from "./corrections";
import { ReviewConflictError } from "./errors";
import { getReview } from "./get-review";
import { addNote, deleteNote, editNote } from "./notes";
import { setReviewStatus } from "./set-review-status";
import { addTag, listTagsInUse, removeTag } from "./tags";

const now = new Date("2026-11-30T12:00:00Z");
let callIds: string[] = [];
let alice: ReviewActor;
let bob: ReviewActor;
let inactiveId = "";

const actor = (user: { id: string; email: string; role: "agent" | "manager" | "admin" }): ReviewActor => ({ user, origin: TEST_ORIGIN });

/** The refusal of a command as a route would answer it (zod errors become 422). */
async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof ApiError) && !(error instanceof ZodError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return toApiError(error);
}

beforeAll(async () => {
  const calls = generateCalls(5, { seed: 3, now, spreadDays: 5 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: { ...toCallRecord(payload), callOutput: "PAYMENT PROMISE", outcomeKey: "payment_promise" }, endedAt })));
  callIds = (await getDb().call.findMany({ select: { id: true }, orderBy: { endedAt: "desc" } })).map((c) => c.id);
  alice = actor(await createTestUser("agent", { signedIn: false }));
  bob = actor(await createTestUser("manager", { signedIn: false }));
  const inactive = await createTestUser("agent", { signedIn: false });
  await setUserActive(inactive.id, false, { actor: { id: null, email: null }, origin: TEST_ORIGIN });
  inactiveId = inactive.id;
});

describe("two reviewers changing one call", () => {
  it("refuses the stale version with the current review, and saves nothing", async () => {
    const callId = callIds[0]!;
    const loaded = (await getReview(callId))!.review;
    expect(loaded.version).toBe(0);
    const first = await correctOutcome({ callId, label: "Not interested", reason: "Customer refused to pay", expectedVersion: loaded.version }, alice);
    expect(first.version).toBe(1);
    const error = await refusal(setReviewStatus({ callId, status: "needs_follow_up", expectedVersion: loaded.version }, bob));
    expect(error).toBeInstanceOf(ReviewConflictError);
    expect(error.status).toBe(409);
    expect(error.code).toBe("conflict");
    const current = (error as ReviewConflictError).current;
    expect(current.version).toBe(1);
    expect(current.outcome.correction).toMatchObject({ key: "not_interested", label: "Not interested", reason: "Customer refused to pay", by: { id: alice.user.id } });
    expect(current.updatedBy?.id).toBe(alice.user.id);
    expect((await getReview(callId))!.review.status).toBe("reviewed"); // not needs_follow_up
    // With the version it was shown, Bob's change goes through.
    const retried = await setReviewStatus({ callId, status: "needs_follow_up", expectedVersion: current.version }, bob);
    expect(retried).toMatchObject({ status: "needs_follow_up", version: 2 });
  });

  it("lets exactly one of two concurrent changes of the same version through", async () => {
    const callId = callIds[1]!;
    const results = await Promise.allSettled([
      setReviewStatus({ callId, status: "reviewed", expectedVersion: 0 }, alice),
      assignReview({ callId, assigneeId: bob.user.id, expectedVersion: 0 }, bob),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ReviewConflictError);
    expect((await getReview(callId))!.review.version).toBe(1);
  });
});

describe("corrections", () => {
  it("keep the AI's label beside the correction, write history and audit, and can be cleared", async () => {
    const callId = callIds[2]!;
    const corrected = await correctSentiment({ callId, label: "negative", reason: "Shouted at the agent", expectedVersion: 0 }, alice);
    expect(corrected.sentiment.ai.key).not.toBeNull();
    expect(corrected.sentiment.effective.key).toBe("negative");
    expect(corrected.status).toBe("reviewed"); // a correction is a review
    const cleared = await clearCorrection({ callId, field: "sentiment", expectedVersion: corrected.version }, alice);
    expect(cleared.sentiment.correction).toBeNull();
    expect(cleared.sentiment.effective).toEqual(cleared.sentiment.ai);
    const { history } = (await getReview(callId))!;
    expect(history.map((h) => [h.field, h.from, h.to])).toEqual([
      ["sentiment", "negative", corrected.sentiment.ai.key],
      ["status", "not_reviewed", "reviewed"],
      ["sentiment", corrected.sentiment.ai.key, "negative"],
    ]);
    expect(history[2]).toMatchObject({ detail: "Shouted at the agent", actor: { id: alice.user.id }, bulk: false });
    const events = await getDb().auditEvent.findMany({ where: { targetId: callId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["review.sentiment_corrected", "review.correction_cleared"]);
    expect(events[0]).toMatchObject({ actorId: alice.user.id, targetType: "call" });
  });

  it("require a reason and a label other than the AI's", async () => {
    const callId = callIds[3]!;
    const noReason = await refusal(correctOutcome({ callId, label: "Dispute", reason: "  ", expectedVersion: 0 }, alice));
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(noReason.details)).toMatch(/reason is required/);
    const same = await refusal(correctOutcome({ callId, label: "payment promise", reason: "x", expectedVersion: 0 }, alice));
    expect(same.status).toBe(422);
    expect((await getReview(callId))!.review.version).toBe(0);
  });
});

describe("assignment", () => {
  it("assigns to active users only, and unassigns", async () => {
    const callId = callIds[4]!;
    const error = await refusal(assignReview({ callId, assigneeId: inactiveId, expectedVersion: 0 }, alice));
    expect(error.status).toBe(422);
    const mine = await assignReview({ callId, assigneeId: alice.user.id, expectedVersion: 0 }, alice);
    expect(mine.assignee?.id).toBe(alice.user.id);
    const none = await unassignReview({ callId, expectedVersion: mine.version }, bob);
    expect(none.assignee).toBeNull();
    const { history } = (await getReview(callId))!;
    expect(history[0]).toMatchObject({ field: "assignee", from: alice.user.id, to: null, fromUser: { id: alice.user.id } });
  });

  it("answers 404 for an unknown call", async () => {
    const error = await refusal(setReviewStatus({ callId: "00000000-0000-7000-8000-000000000000", status: "reviewed", expectedVersion: 0 }, alice));
    expect(error.status).toBe(404);
  });
});

describe("notes", () => {
  it("are edited and deleted by their author only, within 15 minutes", async () => {
    const callId = callIds[0]!;
    const note = await addNote({ callId, body: "  Asked for a supervisor, see https://example.com/ticket/1  " }, alice);
    expect(note.body).toBe("Asked for a supervisor, see https://example.com/ticket/1");
    expect(note.author?.id).toBe(alice.user.id);
    expect(note.editableUntil.getTime() - note.createdAt.getTime()).toBe(15 * 60_000);

    expect((await refusal(editNote({ noteId: note.id, body: "Hijacked" }, bob))).status).toBe(403);
    const edited = await editNote({ noteId: note.id, body: "Asked for a supervisor twice" }, alice);
    expect(edited.body).toBe("Asked for a supervisor twice");
    expect(edited.editedAt).not.toBeNull();

    // Fourteen minutes old: still editable; sixteen: refused, for editing and deleting alike.
    await getDb().$executeRaw`UPDATE call_notes SET created_at = now() - interval '14 minutes' WHERE id = ${note.id}::uuid`;
    await editNote({ noteId: note.id, body: "Asked for a supervisor (twice)" }, alice);
    await getDb().$executeRaw`UPDATE call_notes SET created_at = now() - interval '16 minutes' WHERE id = ${note.id}::uuid`;
    const late = await refusal(editNote({ noteId: note.id, body: "Too late" }, alice));
    expect(late.code).toBe("edit_window_closed");
    expect(late.message).toMatch(/15 minutes/);
    expect((await refusal(deleteNote({ noteId: note.id }, alice))).code).toBe("edit_window_closed");

    const fresh = await addNote({ callId, body: "Wrong call" }, alice);
    const deleted = await deleteNote({ noteId: fresh.id }, alice);
    expect(deleted).toMatchObject({ body: null });
    expect(deleted.deletedAt).not.toBeNull();
    const { notes, history } = (await getReview(callId))!;
    expect(notes.map((n) => n.body)).toEqual(["Asked for a supervisor (twice)", null]);
    expect(history.filter((h) => h.field === "note").map((h) => [h.from, h.to])).toEqual([
      ["Wrong call", null],
      [null, "Wrong call"],
      ["Asked for a supervisor twice", "Asked for a supervisor (twice)"],
      ["Asked for a supervisor, see https://example.com/ticket/1", "Asked for a supervisor twice"],
      [null, "Asked for a supervisor, see https://example.com/ticket/1"],
    ]);
  });
});

describe("tags", () => {
  it("are stored as slugs, added once, removed, and completed from those in use", async () => {
    expect(await addTag({ callId: callIds[0]!, tag: "Supervisor requested!" }, alice)).toEqual(["supervisor-requested"]);
    expect(await addTag({ callId: callIds[0]!, tag: "supervisor_requested" }, bob)).toEqual(["supervisor-requested"]);
    await addTag({ callId: callIds[1]!, tag: "supervisor requested" }, bob);
    await addTag({ callId: callIds[1]!, tag: "Hardship" }, bob);
    expect(await listTagsInUse({ prefix: "Super" })).toEqual([{ tag: "supervisor-requested", calls: 2 }]);
    expect(await listTagsInUse()).toEqual([{ tag: "supervisor-requested", calls: 2 }, { tag: "hardship", calls: 1 }]);
    expect(await removeTag({ callId: callIds[1]!, tag: "HARDSHIP" }, bob)).toEqual(["supervisor-requested"]);
    expect((await refusal(addTag({ callId: callIds[1]!, tag: "!!!" }, bob))).status).toBe(422);
    const history = (await getReview(callIds[0]!))!.history.filter((h) => h.field === "tag");
    expect(history).toHaveLength(1); // the second add changed nothing
  });
});

describe("a deleted call", () => {
  it("takes its review, tags and history with it", async () => {
    const callId = callIds[0]!;
    const rows = async () => {
      const [row] = await getDb().$queryRaw<{ n: number }[]>`
        SELECT ((SELECT count(*) FROM call_reviews WHERE call_id = ${callId}::uuid) + (SELECT count(*) FROM call_tags WHERE call_id = ${callId}::uuid)
              + (SELECT count(*) FROM call_review_changes WHERE call_id = ${callId}::uuid) + (SELECT count(*) FROM call_notes WHERE call_id = ${callId}::uuid))::int AS n`;
      return row!.n;
    };
    expect(await rows()).toBeGreaterThan(3);
    await getDb().$executeRaw`DELETE FROM calls WHERE id = ${callId}::uuid`;
    expect(await rows()).toBe(0);
  });
});
