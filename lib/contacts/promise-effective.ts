// A payment promise's terms as the pages and the figures count them: what the AI's summary or
// reasoning states (extracted, promise-terms.ts), unless a reviewer corrected them (call_reviews,
// lib/reviews/promise-correction.ts); then the reviewer's, "no amount stated" included. Pure.
import type { Day } from "@/lib/calls/date-range";
import { parseMoney, type Money } from "./promise-money";
import { extractPromiseAmount, extractPromiseTerms } from "./promise-terms";

/** Characters of the summary and of the reasoning searched for an amount and a date (the backfill reads no more). */
export const PROMISE_AMOUNT_SCAN_CHARS = 600;

export type PromiseTermsValue = { money: Money | null; date: Day | null };
export type ExtractedPromise = PromiseTermsValue & { dateText: string | null };
export type PromiseCorrection = PromiseTermsValue & { by: { id: string; name: string; email: string } | null; at: Date };
/** Like a reviewed label: the extracted side, the reviewer's correction (null: none) and what counts. */
export type PromiseReview = { extracted: ExtractedPromise; correction: PromiseCorrection | null; effective: PromiseTermsValue };

type Texts = { summary: string | null | undefined; reasoning: string | null | undefined };

const head = (text: string | null | undefined) => text?.slice(0, PROMISE_AMOUNT_SCAN_CHARS);

/** The amount the texts state, as derive.ts stores it: an absurd figure that would not sum exactly is none. */
export function statedAmount({ summary, reasoning }: Texts): Money | null {
  const parsed = parseMoney(extractPromiseAmount([head(summary), head(reasoning)]));
  return parsed && Number.isSafeInteger(parsed.cents) ? parsed : null;
}

// chrono-node takes milliseconds per text (tens on a busy machine), and a call's review is read
// several times per page and twice inside each review command's transaction: the same texts and
// day always give the same terms, so the last few hundred are remembered.
const MEMO_SIZE = 500;
const memo = new Map<string, ExtractedPromise>();

/** The amount and the date the texts state, the date relative to the call's day. */
export function extractStatedPromise(texts: Texts, callDay: Day): ExtractedPromise {
  const summary = head(texts.summary) ?? "";
  const reasoning = head(texts.reasoning) ?? "";
  const key = `${callDay}\u0000${summary}\u0000${reasoning}`;
  const known = memo.get(key);
  if (known) return known;
  const terms = extractPromiseTerms([summary, reasoning], callDay);
  const extracted = { money: statedAmount(texts), date: terms.date, dateText: terms.dateText };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, extracted);
  return extracted;
}

export function reviewPromise(extracted: ExtractedPromise, correction: PromiseCorrection | null): PromiseReview {
  const effective = correction ? { money: correction.money, date: correction.date } : { money: extracted.money, date: extracted.date };
  return { extracted, correction, effective };
}

export const sameTerms = (a: PromiseTermsValue, b: PromiseTermsValue): boolean =>
  a.date === b.date && a.money?.cents === b.money?.cents && a.money?.currency === b.money?.currency;
