"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/admin/action-message";
import { buttonClass } from "@/components/ui/button";
import type { ActionState } from "@/lib/http/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Mark a flagged call as excepted (with a reason), or remove the mark. */
export function ExceptionForm({ callId, excepted, mark, remove }: { callId: string; excepted: boolean; mark: Action; remove: Action }) {
  const [markState, markAction, marking] = useActionState(mark, null);
  const [removeState, removeAction, removing] = useActionState(remove, null);
  if (excepted) {
    return (
      <form action={removeAction} className="inline">
        <input type="hidden" name="callId" value={callId} />
        <button type="submit" disabled={removing} className={buttonClass("ghost", "h-7 text-xs")}>Remove the exception</button>
        <ActionMessage state={removeState} />
      </form>
    );
  }
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-accent">Mark as excepted…</summary>
      <form action={markAction} className="mt-1 flex flex-wrap items-center gap-2">
        <input type="hidden" name="callId" value={callId} />
        <label className="sr-only" htmlFor={`reason-${callId}`}>Reason</label>
        <input id={`reason-${callId}`} name="reason" required minLength={3} maxLength={500} placeholder="Reason, e.g. consumer asked to be called back today"
          className="h-7 min-w-0 flex-1 rounded-md border border-border bg-background px-2" />
        <button type="submit" disabled={marking} className={buttonClass("secondary", "h-7 text-xs")}>{marking ? "Saving…" : "Save"}</button>
      </form>
      <ActionMessage state={markState} />
    </details>
  );
}
