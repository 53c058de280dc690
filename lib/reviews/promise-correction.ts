import "server-only";
// A reviewer's reading of a payment promise's amount (with its currency) and date, or "no amount
// stated": kept on the review (call_reviews.promise_*), never on the call, so ingestion and the
// contacts backfill, which rewrite the amount they extract from the AI's texts, never overwrite it.
// Versioned and recorded like the label corrections (change-review.ts): the history's from/to are
// the effective terms before and after (promise-effective.ts encodeTerms).
import { z } from "zod";
import { sameTerms, type PromiseTermsValue } from "@/lib/contacts/promise-effective";
import { encodeTerms } from "@/lib/contacts/promise-terms-format";
import type { ReviewActor } from "./actor";
import { changeReview, markReviewedIfNew, versionSchema, type Tx } from "./change-review";
import type { Review } from "./review-state";

/** The largest amount taken: a billion in any currency (cents stay exact in a double and a BIGINT). */
const MAX_CENTS = 100_000_000_000;

const amountSchema = z.object({
  value: z
    .string()
    .trim()
    .transform((text) => text.replace(/,/g, ""))
    .refine((text) => /^\d+(\.\d{1,2})?$/.test(text), "The amount is a number with at most 2 decimals, like 120 or 120.50.")
    .transform((text) => {
      const [whole, fraction = ""] = text.split(".");
      return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
    })
    .refine((cents) => cents > 0, "The amount must be more than 0.")
    .refine((cents) => cents <= MAX_CENTS, "That amount is too large."),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "The currency is a 3-letter code, like USD."),
});

const realDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
};

const termsSchema = z.object({
  callId: z.uuid(),
  /** null: the call states no amount. */
  amount: amountSchema.nullable(),
  /** A calendar day (YYYY-MM-DD); null: no date stated. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "The date is a day, like 2026-12-05.").refine(realDay, "That date does not exist.").nullable(),
  expectedVersion: versionSchema,
});
export type PromiseTermsInput = z.input<typeof termsSchema>;

const clearSchema = z.object({ callId: z.uuid(), expectedVersion: versionSchema });
export type ClearPromiseInput = z.input<typeof clearSchema>;

async function writeTerms(tx: Tx, callId: string, terms: PromiseTermsValue | null, userId: string | null) {
  const corrected = terms !== null;
  await tx.$executeRaw`
    UPDATE call_reviews SET promise_amount_cents = ${terms?.money?.cents ?? null}::int8, promise_currency = ${terms?.money?.currency ?? null},
      promise_date = ${terms?.date ?? null}::date, promise_corrected_by = ${userId},
      promise_corrected_at = CASE WHEN ${corrected} THEN now() ELSE NULL END
    WHERE call_id = ${callId}::uuid`;
}

/** Sets the promise's amount and date as the reviewer reads them; a correction counts as a review. */
export async function correctPromiseTerms(input: PromiseTermsInput, by: ReviewActor): Promise<Review> {
  const { callId, amount, date, expectedVersion } = termsSchema.parse(input);
  const terms: PromiseTermsValue = { money: amount && { currency: amount.currency, cents: amount.value }, date };
  return changeReview({ callId, expectedVersion }, by, "review.promise_corrected", async (tx, current) => {
    const { correction, effective } = current.promise;
    if (correction && sameTerms(correction, terms)) return [];
    await writeTerms(tx, callId, terms, by.user.id);
    return [{ field: "promise", from: encodeTerms(effective), to: encodeTerms(terms) }, ...(await markReviewedIfNew(tx, current))];
  });
}

/** Removes the correction: the amount and date extracted from the AI's texts count again. */
export async function clearPromiseTerms(input: ClearPromiseInput, by: ReviewActor): Promise<Review> {
  const { callId, expectedVersion } = clearSchema.parse(input);
  return changeReview({ callId, expectedVersion }, by, "review.correction_cleared", async (tx, current) => {
    const { correction, extracted } = current.promise;
    if (!correction) return [];
    await writeTerms(tx, callId, null, null);
    return [{ field: "promise", from: encodeTerms(correction), to: encodeTerms(extracted), detail: "correction cleared" }];
  });
}
