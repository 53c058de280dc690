// The amount and date of a payment promise, where the AI's summary or reasoning states them: dates
// with chrono-node, relative to the call's own day ("on Friday" is the Friday after the call), and
// amounts with a plain money pattern. Nothing is made up: no stated amount, no amount.
import * as chrono from "chrono-node";
import type { Day } from "@/lib/calls/date-range";

export type PromiseTerms = { amount: string | null; date: Day | null; dateText: string | null };

const CURRENCY = String.raw`(?:US\$|[$€£₹]|USD|EUR|GBP|AED|MXN|INR)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const MONEY = new RegExp(
  String.raw`${CURRENCY}\s?(?:${NUMBER})(?![\d,])|(?<![\w.])(?:${NUMBER})\s?(?:dollars|euros|pounds|dirhams|pesos|rupees|USD|EUR|GBP|AED|MXN|INR)\b`,
  "i",
);

const pad = (n: number) => String(n).padStart(2, "0");

const presentTexts = (texts: (string | null | undefined)[]) => texts.filter((text): text is string => Boolean(text?.trim()));

/** The first amount the texts state, as written ("$120.50"); without the date parse (analytics sums thousands). */
export function extractPromiseAmount(texts: (string | null | undefined)[]): string | null {
  for (const text of presentTexts(texts)) {
    const match = MONEY.exec(text);
    if (match) return match[0].replace(/\s+/g, " ");
  }
  return null;
}

/** The first amount and the first date the texts state (summary first, then the reasoning). */
export function extractPromiseTerms(texts: (string | null | undefined)[], callDay: Day): PromiseTerms {
  const present = presentTexts(texts);
  const amount = extractPromiseAmount(present);
  // The call's day at noon UTC as the reference, and UTC as the zone: only the calendar date is used.
  const reference = { instant: new Date(`${callDay}T12:00:00Z`), timezone: 0 };
  for (const text of present) {
    const [result] = chrono.parse(text, reference, { forwardDate: true });
    if (result) {
      const { start } = result;
      const date = `${start.get("year")}-${pad(start.get("month") ?? 1)}-${pad(start.get("day") ?? 1)}`;
      return { amount, date, dateText: result.text };
    }
  }
  return { amount, date: null, dateText: null };
}
