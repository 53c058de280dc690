// Outcome and sentiment labels. Levers spells one outcome several ways (`PAYMENT PROMISE`,
// `PAYMENT_PROMISE`, `payment promise`) and sends undocumented ones too: every label is kept as sent
// and grouped by a normalised key.

/** `PAYMENT PROMISE`, `payment_promise`, ` Payment-Promise ` -> `payment_promise`; blank -> null. */
export function normalizeLabel(label: string | null | undefined): string | null {
  if (label == null) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  return key === "" ? null : key;
}

export const DOCUMENTED_OUTCOMES = [
  { key: "payment_promise", label: "Payment promise", meaning: "committed to pay by a date" },
  { key: "payment_extension", label: "Payment extension", meaning: "asked for more time to pay" },
  { key: "call_back_requested", label: "Call back requested", meaning: "asked to be called again later" },
  { key: "wrong_number", label: "Wrong number", meaning: "invalid number or wrong contact" },
  { key: "not_interested", label: "Not interested", meaning: "declined to discuss" },
  { key: "payment_completed", label: "Payment completed", meaning: "paid during or after the call" },
] as const;

export const SENTIMENTS = [
  { key: "positive", label: "Positive" },
  { key: "neutral", label: "Neutral" },
  { key: "negative", label: "Negative" },
] as const;

export const OUTCOME_KEYS = {
  paymentPromise: "payment_promise",
  paymentExtension: "payment_extension",
  callBack: "call_back_requested",
  wrongNumber: "wrong_number",
  notInterested: "not_interested",
  paymentCompleted: "payment_completed",
} as const;

const documentedLabels = new Map<string, string>(
  [...DOCUMENTED_OUTCOMES, ...SENTIMENTS].map(({ key, label }) => [key, label]),
);

/** A readable label for a normalised key: the documented one, or the key in sentence case. */
export function labelForKey(key: string | null | undefined): string {
  if (!key) return "None";
  const documented = documentedLabels.get(key);
  if (documented) return documented;
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
