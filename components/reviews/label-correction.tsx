"use client";
// One label the AI gave (outcome or sentiment) and the reviewer's correction beside it: "AI:
// Payment promise, corrected to Not interested by Ann, 1 Dec 2026, 14:05: <reason>". The form
// takes a known label (the list the filters offer) or any other, and a required reason.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { clearCorrectionAction, correctLabelAction } from "@/app/calls/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import type { LabelReview } from "@/lib/reviews/review-state";
import { formatWhen, labelText, nameOf } from "./format";
import { useReview } from "./review-context";

type Props = { field: "outcome" | "sentiment"; label: LabelReview; known: string[] };

export function LabelCorrection({ field, label, known }: Props) {
  const { callId, change, openForm, setOpenForm, busy, timeZone } = useReview();
  const id = useId();
  const open = openForm === field;
  const [value, setValue] = useState(label.correction?.label ?? "");
  const [reason, setReason] = useState(label.correction?.reason ?? "");
  const labelInput = useRef<HTMLInputElement>(null);
  const word = field === "outcome" ? "Outcome" : "Sentiment";
  const { correction } = label;

  useEffect(() => {
    if (open) labelInput.current?.focus();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change((expectedVersion) => correctLabelAction({ callId, field, label: value, reason, expectedVersion }), `${word} corrected.`);
    if (result.ok) setOpenForm(null);
  };
  const clear = () => change((expectedVersion) => clearCorrectionAction({ callId, field, expectedVersion }), `${word} correction cleared: the AI's label counts again.`);

  return (
    <div className="space-y-2" data-testid={`${field}-review`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-xs font-medium text-muted">{word}</h3>
        <div className="flex gap-1.5">
          {correction && <Button className="h-7 px-2 text-xs" disabled={busy} onClick={() => void clear()}>Clear correction</Button>}
          {!open && (
            <Button className="h-7 px-2 text-xs" disabled={busy} onClick={() => setOpenForm(field)} aria-keyshortcuts={field === "outcome" ? "o" : undefined}>
              Correct {field}
            </Button>
          )}
        </div>
      </div>
      <p className="text-sm wrap-anywhere">
        <span className="text-muted">AI:</span> <span className={correction ? "line-through decoration-muted" : "font-medium"}>{labelText(label.ai)}</span>
        {correction && (
          <>
            , corrected to <strong>{labelText(correction, true)}</strong> by {nameOf(correction.by)}, {formatWhen(correction.at, timeZone)}: <q>{correction.reason}</q>
          </>
        )}
      </p>
      {open && (
        <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setOpenForm(null)} className="space-y-2 rounded-md border border-border bg-background p-3" aria-label={`Correct the ${field}`}>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-label`} className="text-xs font-medium text-muted">Right {field}</label>
            <input
              ref={labelInput}
              id={`${id}-label`}
              list={`${id}-known`}
              required
              maxLength={128}
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder="Pick one or type another"
              className={fieldClass}
            />
            <datalist id={`${id}-known`}>
              {known.map((option) => <option key={option} value={option} />)}
            </datalist>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-reason`} className="text-xs font-medium text-muted">Reason (required)</label>
            <textarea
              id={`${id}-reason`}
              required
              maxLength={1000}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={`${fieldClass} h-auto py-1.5`}
            />
          </div>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={busy || !value.trim() || !reason.trim()}>Save correction</Button>
            <Button onClick={() => setOpenForm(null)}>Cancel</Button>
          </div>
        </form>
      )}
    </div>
  );
}
