// The headline figures: each with its value, its definition (numerator / denominator), the change
// against the previous period and a link to the calls it counts.
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
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
  /** Mean duration of delivered calls with a duration; null when there are none. */
  averageDuration: number | null;
};

export type Figure = {
  key: string;
  label: string;
  format: "count" | "percent" | "seconds";
  /** null: nothing to compute it from (see `detail`). */
  value: number | null;
  definition: string;
  /** The numbers behind the value ("12 of 40 delivered calls"), or why there is no value. */
  detail: string;
  change: Change;
  href: string | null;
};

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

function emptyReason(totals: Totals): string {
  return totals.calls === 0 ? "no calls" : "no delivered calls";
}

export function buildHeadlineFigures(current: Totals, previous: Totals | null, hrefFor: HrefFor): Figure[] {
  const delivered: FilterPatch = { deliveryStatuses: [DELIVERED_STATUS] };
  const outcome = (key: string): FilterPatch => ({ ...delivered, outcomes: [key] });
  const link = (count: number, patch: FilterPatch) => (count > 0 ? hrefFor(patch) : null);
  const rightParty = (t: Totals) => t.delivered - t.wrongNumbers;

  const rate = (key: string, label: string, numeratorName: string, pick: (t: Totals) => number, outcomeKey: string): Figure => {
    const value = rateOf(pick(current), current.delivered);
    return {
      key,
      label,
      format: "percent",
      value,
      definition: `${numeratorName} ÷ delivered calls`,
      detail: value === null ? emptyReason(current) : `${pick(current).toLocaleString("en-US")} of ${plural(current.delivered, "delivered call")}`,
      change: rateChange(value, previous && rateOf(pick(previous), previous.delivered)),
      href: link(pick(current), outcome(outcomeKey)),
    };
  };

  const rightPartyRate = rateOf(current.promises, rightParty(current));
  return [
    {
      key: "calls",
      label: "Calls",
      format: "count",
      value: current.calls,
      definition: "every call in the period",
      detail: current.calls === 0 ? "no calls" : `${plural(current.calls, "call")}`,
      change: countChange(current.calls, previous?.calls),
      href: link(current.calls, {}),
    },
    {
      key: "delivered",
      label: "Delivered calls",
      format: "count",
      value: current.delivered,
      definition: "calls with delivery status pass",
      detail: current.calls === 0 ? "no calls" : `${current.delivered.toLocaleString("en-US")} of ${plural(current.calls, "call")}`,
      change: countChange(current.delivered, previous?.delivered),
      href: link(current.delivered, delivered),
    },
    rate("promiseRate", "Payment-promise rate", "payment promises", (t) => t.promises, OUTCOME_KEYS.paymentPromise),
    {
      key: "rightPartyPromiseRate",
      label: "Right-party promise rate",
      format: "percent",
      value: rightPartyRate,
      definition: "payment promises ÷ delivered calls that were not a wrong number",
      detail:
        rightPartyRate === null
          ? current.delivered > 0 ? "only wrong numbers" : emptyReason(current)
          : `${current.promises.toLocaleString("en-US")} of ${plural(rightParty(current), "right-party call")}`,
      change: rateChange(rightPartyRate, previous && rateOf(previous.promises, rightParty(previous))),
      href: link(current.promises, outcome(OUTCOME_KEYS.paymentPromise)),
    },
    {
      key: "completed",
      label: "Payments completed",
      format: "count",
      value: current.completed,
      definition: "delivered calls with outcome payment completed",
      detail: current.calls === 0 ? "no calls" : `${plural(current.completed, "call")}`,
      change: countChange(current.completed, previous?.completed),
      href: link(current.completed, outcome(OUTCOME_KEYS.paymentCompleted)),
    },
    rate("extensionRate", "Extension rate", "payment extensions", (t) => t.extensions, OUTCOME_KEYS.paymentExtension),
    rate("callbackRate", "Callback rate", "call-backs requested", (t) => t.callbacks, OUTCOME_KEYS.callBack),
    rate("wrongNumberRate", "Wrong-number rate", "wrong numbers", (t) => t.wrongNumbers, OUTCOME_KEYS.wrongNumber),
    {
      key: "averageDuration",
      label: "Average duration",
      format: "seconds",
      value: current.averageDuration,
      definition: "mean duration of delivered calls",
      detail: current.averageDuration === null ? emptyReason(current) : `over ${plural(current.delivered, "delivered call")}`,
      change: secondsChange(current.averageDuration, previous?.averageDuration),
      href: link(current.delivered, delivered),
    },
  ];
}
