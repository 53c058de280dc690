"use client";
// The payment promise's amount and date: extracted from the AI's summary or reasoning, and the
// reviewer's correction beside it ("corrected to $120.00 by Dec 5, 2026 by Ann, 1 Dec 2026, 14:05").
// The form takes an amount with its currency, or "no amount stated", and a date (or none).
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { clearPromiseAction, correctPromiseAction } from "@/app/calls/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import type { PromiseReview } from "@/lib/contacts/promise-effective";
import { describeTerms } from "@/lib/contacts/promise-terms-format";
import { formatWhen, nameOf } from "./format";
import { canSavePromise, promiseFormOf, promiseInputOf, type PromiseForm } from "./promise-form";
import { useReview } from "./review-context";

export function PromiseCorrection({ promise }: { promise: PromiseReview }) {
  const { callId, change, openForm, setOpenForm, busy, timeZone } = useReview();
  const id = useId();
  const open = openForm === "promise";
  const [form, setForm] = useState<PromiseForm>(() => promiseFormOf(promise));
  const amountInput = useRef<HTMLInputElement>(null);
  const { correction, extracted } = promise;
  const set = (patch: Partial<PromiseForm>) => setForm((current) => ({ ...current, ...patch }));

  useEffect(() => {
    if (open) amountInput.current?.focus();
  }, [open]);

  const start = () => {
    setForm(promiseFormOf(promise));
    setOpenForm("promise");
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change((expectedVersion) => correctPromiseAction({ callId, ...promiseInputOf(form), expectedVersion }), "Promise corrected.");
    if (result.ok) setOpenForm(null);
  };
  const clear = () => change((expectedVersion) => clearPromiseAction({ callId, expectedVersion }), "Promise correction cleared: the extracted amount and date count again.");

  return (
    <div className="space-y-2" data-testid="promise-review">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-xs font-medium text-muted">Promised amount and date</h3>
        <div className="flex gap-1.5">
          {correction && <Button className="h-7 px-2 text-xs" disabled={busy} onClick={() => void clear()}>Clear correction</Button>}
          {!open && <Button className="h-7 px-2 text-xs" disabled={busy} onClick={start}>Correct promise</Button>}
        </div>
      </div>
      <p className="text-sm wrap-anywhere">
        <span className="text-muted">Extracted from the AI&apos;s summary:</span>{" "}
        <span className={correction ? "line-through decoration-muted" : "font-medium"}>{describeTerms(extracted)}</span>
        {correction && (
          <>
            , corrected to <strong>{describeTerms(correction)}</strong> by {nameOf(correction.by)}, {formatWhen(correction.at, timeZone)}
          </>
        )}
      </p>
      {open && (
        <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setOpenForm(null)} className="space-y-2 rounded-md border border-border bg-background p-3" aria-label="Correct the promise">
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <label htmlFor={`${id}-amount`} className="text-xs font-medium text-muted">Amount</label>
              <input
                ref={amountInput}
                id={`${id}-amount`}
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                disabled={form.noAmount}
                value={form.noAmount ? "" : form.amount}
                onChange={(e) => set({ amount: e.target.value })}
                placeholder="120.00"
                className={fieldClass}
              />
            </div>
            <div className="flex w-20 flex-col gap-1">
              <label htmlFor={`${id}-currency`} className="text-xs font-medium text-muted">Currency</label>
              <input
                id={`${id}-currency`}
                autoComplete="off"
                maxLength={3}
                disabled={form.noAmount}
                value={form.currency}
                onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
                className={`${fieldClass} uppercase`}
              />
            </div>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={form.noAmount} onChange={(e) => set({ noAmount: e.target.checked })} />
            No amount stated
          </label>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-date`} className="text-xs font-medium text-muted">Promised date (empty: none stated)</label>
            <input id={`${id}-date`} type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} className={fieldClass} />
          </div>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={busy || !canSavePromise(form)}>Save promise</Button>
            <Button onClick={() => setOpenForm(null)}>Cancel</Button>
          </div>
        </form>
      )}
    </div>
  );
}
