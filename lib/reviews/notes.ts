import "server-only";
// A call's notes: plain text with author and time. Only the author may edit or delete a note, and
// only within NOTE_EDIT_MINUTES of writing it (checked against the database's clock, under a lock
// on the note). Notes do not take part in the review's version: two people adding notes never
// overwrite each other. Each change writes its history row and audit event in its transaction.
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { assertCanReview, auditActor, type ReviewActor } from "./actor";
import { insertChanges, type FieldChange, type Tx } from "./change-review";
import { callNotFound, NOTE_EDIT_MINUTES, notAuthor, noteEditWindowClosed } from "./errors";
import type { UserRef } from "./review-state";

export const MAX_NOTE_CHARS = 5000;

export type Note = {
  id: string;
  callId: string;
  author: UserRef | null;
  /** null once deleted. */
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  /** Until when its author may edit or delete it. */
  editableUntil: Date;
};

const body = z.string().trim().min(1, "A note cannot be empty.").max(MAX_NOTE_CHARS).refine((text) => !text.includes("\u0000"));
const addSchema = z.object({ callId: z.uuid(), body });
const editSchema = z.object({ noteId: z.uuid(), body });
const deleteSchema = z.object({ noteId: z.uuid() });
export type AddNoteInput = z.input<typeof addSchema>;
export type EditNoteInput = z.input<typeof editSchema>;
export type DeleteNoteInput = z.input<typeof deleteSchema>;

type NoteRow = Omit<Note, "editableUntil">;
type Reader = Pick<Tx, "$queryRaw">;

/** The notes of a call, oldest first (deleted ones included, without their text). */
export async function listNotes(callId: string, db: Reader = getDb(), noteId?: string): Promise<Note[]> {
  const rows = await db.$queryRaw<NoteRow[]>`
    SELECT n.id::text, n.call_id::text AS "callId",
           CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS author,
           CASE WHEN n.deleted_at IS NULL THEN n.body END AS body,
           n.created_at AS "createdAt", n.edited_at AS "editedAt", n.deleted_at AS "deletedAt"
    FROM call_notes n LEFT JOIN users u ON u.id = n.author_id
    WHERE n.call_id = ${callId}::uuid AND (${noteId ?? null}::uuid IS NULL OR n.id = ${noteId ?? null}::uuid)
    ORDER BY n.created_at, n.id`;
  return rows.map((row) => ({ ...row, editableUntil: new Date(row.createdAt.getTime() + NOTE_EDIT_MINUTES * 60_000) }));
}

export async function addNote(input: AddNoteInput, by: ReviewActor): Promise<Note> {
  assertCanReview(by);
  const { callId, body } = addSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const [note] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO call_notes (id, call_id, author_id, body)
      SELECT gen_random_uuid(), id, ${by.user.id}, ${body} FROM calls WHERE id = ${callId}::uuid
      RETURNING id::text`;
    if (!note) throw callNotFound();
    await record(tx, callId, by, "review.note_added", { field: "note", from: null, to: body, detail: note.id });
    return (await listNotes(callId, tx, note.id))[0]!;
  });
}

/** Locks the note and checks the author and the edit window; returns its call and text. */
async function editableNote(tx: Tx, noteId: string, by: ReviewActor) {
  const [note] = await tx.$queryRaw<{ callId: string; authorId: string; body: string; open: boolean; deleted: boolean }[]>`
    SELECT call_id::text AS "callId", author_id AS "authorId", body, deleted_at IS NOT NULL AS deleted,
           created_at > now() - make_interval(mins => ${NOTE_EDIT_MINUTES}) AS open
    FROM call_notes WHERE id = ${noteId}::uuid FOR UPDATE`;
  if (!note || note.deleted) throw new ApiError(404, "not_found", "No such note (it may have been deleted).");
  if (note.authorId !== by.user.id) throw notAuthor();
  if (!note.open) throw noteEditWindowClosed();
  return note;
}

export async function editNote(input: EditNoteInput, by: ReviewActor): Promise<Note> {
  assertCanReview(by);
  const { noteId, body } = editSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const note = await editableNote(tx, noteId, by);
    if (note.body !== body) {
      await tx.$executeRaw`UPDATE call_notes SET body = ${body}, edited_at = now() WHERE id = ${noteId}::uuid`;
      await record(tx, note.callId, by, "review.note_edited", { field: "note", from: note.body, to: body, detail: noteId });
    }
    return (await listNotes(note.callId, tx, noteId))[0]!;
  });
}

export async function deleteNote(input: DeleteNoteInput, by: ReviewActor): Promise<Note> {
  assertCanReview(by);
  const { noteId } = deleteSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const note = await editableNote(tx, noteId, by);
    await tx.$executeRaw`UPDATE call_notes SET deleted_at = now() WHERE id = ${noteId}::uuid`;
    await record(tx, note.callId, by, "review.note_deleted", { field: "note", from: note.body, to: null, detail: noteId });
    return (await listNotes(note.callId, tx, noteId))[0]!;
  });
}

async function record(tx: Tx, callId: string, by: ReviewActor, action: "review.note_added" | "review.note_edited" | "review.note_deleted", change: FieldChange) {
  await insertChanges(tx, callId, by.user.id, [change]);
  // The audit event names the note, not its text: the history keeps the text for the call page.
  await recordAuditEvent({ action, actor: auditActor(by), origin: by.origin, target: { type: "call", id: callId }, details: { noteId: change.detail ?? null } }, tx);
}
