"use server";
// The review panel's writes (call page and review mode). Each checks the session and the
// calls:review permission itself, parses its input with zod and calls lib/reviews, which audits
// every change. Refusals come back as `{ ok: false, code, message, current? }`, never as a throw:
// `current` is the other person's review when the version was stale.
import { headers } from "next/headers";
import { z } from "zod";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireUser } from "@/lib/auth/require-user";
import { getEnv } from "@/lib/env";
import { toApiError, type ApiErrorCode } from "@/lib/http/errors";
import type { ReviewActor } from "@/lib/reviews/actor";
import { assignReview, unassignReview } from "@/lib/reviews/assignment";
import { clearCorrection, correctOutcome, correctSentiment } from "@/lib/reviews/corrections";
import { ReviewConflictError } from "@/lib/reviews/errors";
import { addNote, deleteNote, editNote, type Note } from "@/lib/reviews/notes";
import { clearPromiseTerms, correctPromiseTerms } from "@/lib/reviews/promise-correction";
import { nextUnreviewedHref, parseQueue } from "@/lib/reviews/queue-step";
import type { Review } from "@/lib/reviews/review-state";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { reviewStatusSchema } from "@/lib/reviews/status";
import { addTag, removeTag } from "@/lib/reviews/tags";

export type ActionRefusal = { ok: false; code: ApiErrorCode; message: string; current?: Review };
export type ActionResult<T> = ({ ok: true } & T) | ActionRefusal;

const callId = z.uuid();
const version = z.number().int().min(0);
const field = z.enum(["outcome", "sentiment"]);
const text = (max: number) => z.string().max(max);

async function reviewer(): Promise<ReviewActor> {
  const user = await requireUser("calls:review");
  return { user: { id: user.id, email: user.email, role: user.role }, origin: requestOrigin(await headers()) };
}

/** Parses, runs and maps any refusal to a plain result; unknown errors are logged and answered generically. */
async function run<S extends z.ZodType, T>(schema: S, input: unknown, work: (data: z.infer<S>, by: ReviewActor) => Promise<T>): Promise<ActionResult<T>> {
  const by = await reviewer(); // outside the try: its redirect (signed out) and 403 must not be caught
  try {
    const data = schema.parse(input);
    return { ok: true, ...(await work(data, by)) };
  } catch (error) {
    const refusal = toApiError(error);
    const issues = refusal.details.issues;
    const first = Array.isArray(issues) ? (issues[0] as { message?: unknown } | undefined)?.message : undefined;
    return {
      ok: false,
      code: refusal.code,
      message: typeof first === "string" ? first : refusal.message,
      ...(error instanceof ReviewConflictError && { current: error.current }),
    };
  }
}

const statusInput = z.object({ callId, status: reviewStatusSchema, expectedVersion: version, queue: text(4000).optional() });

/** Sets the status; in review mode (`queue`: the queue's query string) also says where to go next. */
export async function setStatusAction(input: z.input<typeof statusInput>): Promise<ActionResult<{ review: Review; nextHref?: string }>> {
  return run(statusInput, input, async ({ queue, ...data }, by) => {
    const review = await setReviewStatus(data, by);
    if (queue === undefined) return { review };
    const context = { now: new Date(), timeZone: getEnv().DASHBOARD_TIMEZONE, userId: by.user.id };
    return { review, nextHref: await nextUnreviewedHref(data.callId, parseQueue(new URLSearchParams(queue)), context) };
  });
}

const correctionInput = z.object({ callId, field, label: text(200), reason: text(2000), expectedVersion: version });

export async function correctLabelAction(input: z.input<typeof correctionInput>): Promise<ActionResult<{ review: Review }>> {
  return run(correctionInput, input, async ({ field, ...data }, by) => ({
    review: await (field === "outcome" ? correctOutcome : correctSentiment)(data, by),
  }));
}

const clearInput = z.object({ callId, field, expectedVersion: version });

export async function clearCorrectionAction(input: z.input<typeof clearInput>): Promise<ActionResult<{ review: Review }>> {
  return run(clearInput, input, async (data, by) => ({ review: await clearCorrection(data, by) }));
}

// The command validates the figures (amount > 0 with at most 2 decimals, a 3-letter currency, a real day).
const promiseInput = z.object({
  callId,
  amount: z.object({ value: text(40), currency: text(16) }).nullable(),
  date: text(20).nullable(),
  expectedVersion: version,
});

export async function correctPromiseAction(input: z.input<typeof promiseInput>): Promise<ActionResult<{ review: Review }>> {
  return run(promiseInput, input, async (data, by) => ({ review: await correctPromiseTerms(data, by) }));
}

const clearPromiseInput = z.object({ callId, expectedVersion: version });

export async function clearPromiseAction(input: z.input<typeof clearPromiseInput>): Promise<ActionResult<{ review: Review }>> {
  return run(clearPromiseInput, input, async (data, by) => ({ review: await clearPromiseTerms(data, by) }));
}

// "me" stands for the signed-in reviewer, so the client never needs to know its own id.
const assignInput = z.object({ callId, assigneeId: z.union([z.literal("me"), text(64).min(1)]), expectedVersion: version });

export async function assignAction(input: z.input<typeof assignInput>): Promise<ActionResult<{ review: Review }>> {
  return run(assignInput, input, async ({ assigneeId, ...data }, by) => ({
    review: await assignReview({ ...data, assigneeId: assigneeId === "me" ? by.user.id : assigneeId }, by),
  }));
}

const unassignInput = z.object({ callId, expectedVersion: version });

export async function unassignAction(input: z.input<typeof unassignInput>): Promise<ActionResult<{ review: Review }>> {
  return run(unassignInput, input, async (data, by) => ({ review: await unassignReview(data, by) }));
}

const noteBody = text(10_000);
const addNoteInput = z.object({ callId, body: noteBody });
const editNoteInput = z.object({ noteId: z.uuid(), body: noteBody });
const deleteNoteInput = z.object({ noteId: z.uuid() });

export async function addNoteAction(input: z.input<typeof addNoteInput>): Promise<ActionResult<{ note: Note }>> {
  return run(addNoteInput, input, async (data, by) => ({ note: await addNote(data, by) }));
}

export async function editNoteAction(input: z.input<typeof editNoteInput>): Promise<ActionResult<{ note: Note }>> {
  return run(editNoteInput, input, async (data, by) => ({ note: await editNote(data, by) }));
}

export async function deleteNoteAction(input: z.input<typeof deleteNoteInput>): Promise<ActionResult<{ note: Note }>> {
  return run(deleteNoteInput, input, async (data, by) => ({ note: await deleteNote(data, by) }));
}

const tagInput = z.object({ callId, tag: text(200) });

export async function addTagAction(input: z.input<typeof tagInput>): Promise<ActionResult<{ tags: string[] }>> {
  return run(tagInput, input, async (data, by) => ({ tags: await addTag(data, by) }));
}

export async function removeTagAction(input: z.input<typeof tagInput>): Promise<ActionResult<{ tags: string[] }>> {
  return run(tagInput, input, async (data, by) => ({ tags: await removeTag(data, by) }));
}
