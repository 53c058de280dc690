"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/admin/action-message";
import { buttonClass } from "@/components/ui/button";
import type { ActionState } from "@/lib/http/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Open the body, replay it through ingestion, or dismiss it: for an open dead letter (admins). */
export function DeadLetterActions({ deliveryId, replay, dismiss }: { deliveryId: string; replay: Action; dismiss: Action }) {
  const [replayState, replayAction, replaying] = useActionState(replay, null);
  const [dismissState, dismissAction, dismissing] = useActionState(dismiss, null);
  return (
    <div className="mt-2 space-y-1">
      <div className="flex flex-wrap gap-2">
        <a href={`/api/deliveries/${deliveryId}/body`} target="_blank" rel="noreferrer" className={buttonClass("secondary", "h-7 text-xs")}>
          Open body
        </a>
        <form action={replayAction}>
          <input type="hidden" name="deliveryId" value={deliveryId} />
          <button type="submit" disabled={replaying} className={buttonClass("primary", "h-7 text-xs")}>{replaying ? "Replaying…" : "Replay"}</button>
        </form>
        <form action={dismissAction}>
          <input type="hidden" name="deliveryId" value={deliveryId} />
          <button type="submit" disabled={dismissing} className={buttonClass("ghost", "h-7 text-xs")}>Dismiss</button>
        </form>
      </div>
      <ActionMessage state={replayState} />
      <ActionMessage state={dismissState} />
    </div>
  );
}
