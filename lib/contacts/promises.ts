// What became of each payment promise, as seen in the later calls to the same contact: the first
// later call with a telling outcome decides; calls that did not get an answer (no answer, voicemail,
// a call back) do not. Calls the AI did not classify, and payments made elsewhere, are not seen.
import type { Day } from "@/lib/calls/date-range";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";

export type PromiseState = "kept" | "renewed" | "refused" | "open";

export const PROMISE_STATE_LABELS: Record<PromiseState, string> = {
  kept: "Kept (a later call: payment completed)",
  renewed: "Renewed (a later promise or extension)",
  refused: "Refused or disputed later",
  open: "Open (nothing telling since)",
};

/** Later outcomes that decide a promise. */
const DECIDING: Record<string, PromiseState> = {
  [OUTCOME_KEYS.paymentCompleted]: "kept",
  [OUTCOME_KEYS.paymentPromise]: "renewed",
  [OUTCOME_KEYS.paymentExtension]: "renewed",
  [OUTCOME_KEYS.notInterested]: "refused",
  dispute: "refused",
  do_not_call: "refused",
  refused: "refused",
};

/** The outcomes that decide a promise, for SQL that looks for the first of them (promise-stats.ts). */
export const DECIDING_OUTCOME_KEYS = Object.keys(DECIDING);

export type PromiseCall = { id: string; endedAt: Date; outcomeKey: string | null };
export type FollowThrough = { promise: PromiseCall; state: PromiseState; decidedBy: PromiseCall | null };

/** `calls` of one contact in time order (oldest first). */
export function followThroughPromises<T extends PromiseCall>(calls: T[]): (FollowThrough & { promise: T })[] {
  return calls.flatMap((call, index) => {
    if (call.outcomeKey !== OUTCOME_KEYS.paymentPromise) return [];
    const decidedBy = calls.slice(index + 1).find((later) => later.outcomeKey !== null && later.outcomeKey in DECIDING) ?? null;
    return [{ promise: call, state: decidedBy ? DECIDING[decidedBy.outcomeKey!]! : "open", decidedBy }];
  });
}

/** Whether the promise of `promiseDay` can be judged on `today`: `judgeAfterDays` have passed. */
export function isJudgeable(promiseDay: Day, today: Day, judgeAfterDays: number): boolean {
  return Date.parse(`${today}T00:00:00Z`) - Date.parse(`${promiseDay}T00:00:00Z`) >= judgeAfterDays * 86_400_000;
}
