// The headline figures: each with its value, its definition (numerator / denominator), the
// previous period's value and the change against it, and a link to the calls it counts.
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import type { FigureKey } from "./direction";
import { DELIVERED_STATUS, type FilterPatch, type HrefFor } from "./links";
import { countChange, rateChange, rateOf, secondsChange, type Change } from "./rates";

/** One period's totals, counted in SQL (queries.ts, getTotals). Outcome counts are of delivered calls. */
export type Totals = {
  calls: number;
  delivered: number;
  promises: number;
  wrongNumbers: number;
  completed: number;
  extensions: number;
  callbacks: number;
  notInterested: number;
  /** Delivered calls that report a duration: what `averageDuration` is the mean of. */
  timedDelivered: number;
  /** Mean duration of delivered calls with a duration; null when there are none. */
  averageDuration: number | null;
};

export type Figure = {
  key: FigureKey;
  label: string;
  format: "count" | "percent" | "seconds";
  /** null: nothing to compute it from (see `detail`). */
  value: number | null;
  /** The previous period's value; null when there is none or nothing to compute it from. */
  previous: number | null;
  /** Why the previous period has no value ("no calls"); null when it has one or there is no previous period. */
  previousReason: string | null;
  definition: string;
  /** The numbers behind the value ("12 of 40 delivered calls"), or why there is no value. */
  detail: string;
  change: Change;
  href: string | null;
};

export const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

function emptyReason(totals: Totals): string {
  return totals.calls === 0 ? "no calls" : "no delivered calls";
}

const rightParty = (t: Totals) => t.delivered - t.wrongNumbers;

export function buildHeadlineFigures(current: Totals, previous: Totals | null, hrefFor: HrefFor): Figure[] {
  const delivered: FilterPatch = { deliveryStatuses: [DELIVERED_STATUS] };
  const outcome = (key: string): FilterPatch => ({ ...delivered, outcomes: [key] });
  const link = (count: number, patch: FilterPatch) => (count > 0 ? hrefFor(patch) : null);

  const count = (key: FigureKey, label: string, definition: string, pick: (t: Totals) => number, detail: string, patch: FilterPatch): Figure => ({
    key,
    label,
    format: "count",
    value: pick(current),
    previous: previous && pick(previous),
    previousReason: null,
    definition,
    detail: current.calls === 0 ? "no calls" : detail,
    change: countChange(pick(current), previous && pick(previous)),
    href: link(pick(current), patch),
  });

  const rate = (key: FigureKey, label: string, numeratorName: string, pick: (t: Totals) => number, outcomeKey: string): Figure => {
    const value = rateOf(pick(current), current.delivered);
    const before = previous && rateOf(pick(previous), previous.delivered);
    return {
      key,
      label,
      format: "percent",
      value,
      previous: before,
      previousReason: previous && before === null ? emptyReason(previous) : null,
      definition: `${numeratorName} ÷ delivered calls`,
      detail: value === null ? emptyReason(current) : `${pick(current).toLocaleString("en-US")} of ${plural(current.delivered, "delivered call")}`,
      change: rateChange(value, before),
      href: link(pick(current), outcome(outcomeKey)),
    };
  };

  const rightPartyRate = rateOf(current.promises, rightParty(current));
  const rightPartyBefore = previous && rateOf(previous.promises, rightParty(previous));
  return [
    rate("promiseRate", "Payment-promise rate", "payment promises", (t) => t.promises, OUTCOME_KEYS.paymentPromise),
    count("calls", "Calls", "every call in the period", (t) => t.calls, plural(current.calls, "call"), {}),
    count(
      "delivered",
      "Delivered calls",
      "calls that got through to the number",
      (t) => t.delivered,
      `${current.delivered.toLocaleString("en-US")} of ${plural(current.calls, "call")}`,
      delivered,
    ),
    {
      key: "rightPartyPromiseRate",
      label: "Right-party promise rate",
      format: "percent",
      value: rightPartyRate,
      previous: rightPartyBefore,
      previousReason: previous && rightPartyBefore === null ? (previous.delivered > 0 ? "only wrong numbers" : emptyReason(previous)) : null,
      definition: "payment promises ÷ delivered calls that were not a wrong number",
      detail:
        rightPartyRate === null
          ? current.delivered > 0 ? "only wrong numbers" : emptyReason(current)
          : `${current.promises.toLocaleString("en-US")} of ${plural(rightParty(current), "right-party call")}`,
      change: rateChange(rightPartyRate, rightPartyBefore),
      href: link(current.promises, outcome(OUTCOME_KEYS.paymentPromise)),
    },
    count(
      "completed",
      "Payments completed",
      "delivered calls where the payment was made",
      (t) => t.completed,
      plural(current.completed, "call"),
      outcome(OUTCOME_KEYS.paymentCompleted),
    ),
    rate("extensionRate", "Extension rate", "payment extensions", (t) => t.extensions, OUTCOME_KEYS.paymentExtension),
    rate("callbackRate", "Callback rate", "call-backs requested", (t) => t.callbacks, OUTCOME_KEYS.callBack),
    rate("wrongNumberRate", "Wrong-number rate", "wrong numbers", (t) => t.wrongNumbers, OUTCOME_KEYS.wrongNumber),
    rate("notInterestedRate", "Not-interested rate", "not interested", (t) => t.notInterested, OUTCOME_KEYS.notInterested),
    {
      key: "averageDuration",
      label: "Average duration",
      format: "seconds",
      value: current.averageDuration,
      previous: previous?.averageDuration ?? null,
      previousReason: previous && previous.averageDuration === null ? (previous.delivered > 0 ? "no delivered call reports a duration" : emptyReason(previous)) : null,
      definition: "mean duration of the delivered calls that report one",
      detail:
        current.averageDuration === null
          ? current.delivered > 0 ? "no delivered call reports a duration" : emptyReason(current)
          : `over ${plural(current.timedDelivered, "delivered call")}${current.timedDelivered < current.delivered ? ` (${formatCountOf(current)} without a duration)` : ""}`,
      change: secondsChange(current.averageDuration, previous?.averageDuration),
      // dmin=0 keeps the calls that report a duration: exactly the ones averaged.
      href: link(current.timedDelivered, { ...delivered, minDuration: 0 }),
    },
  ];
}

const formatCountOf = (t: Totals) => (t.delivered - t.timedDelivered).toLocaleString("en-US");
