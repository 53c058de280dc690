"use client";
// The call's notes, oldest first, and the box to add one (n in review mode focuses it; Ctrl+Enter
// sends). Its author may edit or delete a note for 15 minutes: the remaining time is shown, and
// the server enforces it.
import { useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import { addNoteAction, deleteNoteAction, editNoteAction } from "@/app/calls/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import type { Note } from "@/lib/reviews/notes";
import { formatWhen, minutesLeft, nameOf } from "./format";
import { NoteText } from "./note-text";
import { useReview } from "./review-context";

export const NOTE_INPUT_ID = "review-note-input";
const MAX_NOTE_CHARS = 5000;

// Ctrl+Enter sends; Escape leaves the box, so review mode's shortcuts work again.
const sendOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key === "Escape") event.currentTarget.blur();
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
};

/** Now, every 15 s: the edit windows count down. Null until mounted, so server and browser render alike. */
function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 15_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

function NoteItem({ note, now }: { note: Note; now: number | null }) {
  const { meId, plain, busy, timeZone } = useReview();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body ?? "");
  const left = now !== null && note.author?.id === meId && note.body !== null ? minutesLeft(note.editableUntil, now) : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await plain(() => editNoteAction({ noteId: note.id, body: draft }), "Note saved.");
    if (result.ok) setEditing(false);
  };
  const remove = () => plain(() => deleteNoteAction({ noteId: note.id }), "Note deleted.");

  return (
    <li className="space-y-1 rounded-md border border-border p-2.5" aria-label={`Note by ${nameOf(note.author)}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-muted">
        <span>
          <span className="font-medium text-foreground">{nameOf(note.author)}</span>, {formatWhen(note.createdAt, timeZone)}
          {note.editedAt && note.body !== null && " (edited)"}
        </span>
        {left !== null && !editing && (
          <span className="flex items-center gap-1">
            <span>{left} min left to edit</span>
            <Button className="h-6 px-1.5 text-xs" disabled={busy} onClick={() => { setDraft(note.body ?? ""); setEditing(true); }}>Edit</Button>
            <Button className="h-6 px-1.5 text-xs" disabled={busy} onClick={() => void remove()}>Delete</Button>
          </span>
        )}
      </div>
      {note.body === null ? (
        <p className="text-sm text-muted italic">Deleted by its author.</p>
      ) : editing ? (
        <form onSubmit={save} className="space-y-1.5">
          <textarea aria-label="Edit the note" value={draft} maxLength={MAX_NOTE_CHARS} rows={3} onChange={(e) => setDraft(e.target.value)} onKeyDown={sendOnCtrlEnter} className={`${fieldClass} h-auto w-full py-1.5`} />
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={busy || !draft.trim()}>Save</Button>
            <Button onClick={() => setEditing(false)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <NoteText body={note.body} />
      )}
    </li>
  );
}

export function NotesThread({ notes }: { notes: Note[] }) {
  const { callId, plain, busy } = useReview();
  const [body, setBody] = useState("");
  const now = useNow();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await plain(() => addNoteAction({ callId, body }), "Note added.");
    if (result.ok) setBody("");
  };

  return (
    <div className="space-y-2">
      <h3 className="text-xs font-medium text-muted">Notes</h3>
      {notes.length > 0 ? (
        <ol className="space-y-2" aria-label="Notes">
          {notes.map((note) => <NoteItem key={note.id} note={note} now={now} />)}
        </ol>
      ) : (
        <p className="text-sm text-muted">No notes yet.</p>
      )}
      <form onSubmit={add} className="space-y-1.5">
        <label htmlFor={NOTE_INPUT_ID} className="sr-only">Add a note</label>
        <textarea
          id={NOTE_INPUT_ID}
          value={body}
          maxLength={MAX_NOTE_CHARS}
          rows={2}
          placeholder="Add a note (plain text; links become clickable). Ctrl+Enter sends, Escape leaves."
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={sendOnCtrlEnter}
          className={`${fieldClass} h-auto w-full py-1.5`}
        />
        <Button type="submit" disabled={busy || !body.trim()}>Add note</Button>
      </form>
    </div>
  );
}
