// One palette for outcomes and sentiments: badges, charts and tables all take their colour from
// here, so "Call back requested" is the same amber in the list and in every chart. Each documented
// outcome and sentiment has a colour of its own (theme variables in app/globals.css); an
// undocumented outcome gets one of the reserved colours, chosen from its key, so it keeps it on
// every page and every day.
import { DOCUMENTED_OUTCOMES, SENTIMENTS } from "./outcome";

type DocumentedKey = (typeof DOCUMENTED_OUTCOMES)[number]["key"] | (typeof SENTIMENTS)[number]["key"];

const FIXED: Record<DocumentedKey, string> = {
  payment_promise: "--outcome-payment-promise",
  payment_completed: "--outcome-payment-completed",
  payment_extension: "--outcome-payment-extension",
  call_back_requested: "--outcome-call-back-requested",
  not_interested: "--outcome-not-interested",
  wrong_number: "--outcome-wrong-number",
  positive: "--sentiment-positive",
  neutral: "--sentiment-neutral",
  negative: "--sentiment-negative",
};

export const RESERVED_TONES = ["--outcome-other-1", "--outcome-other-2", "--outcome-other-3", "--outcome-other-4", "--outcome-other-5", "--outcome-other-6"] as const;

/** FNV-1a: a small, stable hash, so a key's colour never depends on what else is on the page. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The theme variable (e.g. `--outcome-payment-promise`) of an outcome or sentiment key. */
export function toneOf(key: string): string {
  return FIXED[key as DocumentedKey] ?? RESERVED_TONES[hash(key) % RESERVED_TONES.length]!;
}

/** The same colour as a CSS value, for charts. */
export function colourOf(key: string): string {
  return `var(${toneOf(key)})`;
}
