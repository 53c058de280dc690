// The promise correction form's fields, from the review and back to the command's input. Pure.
import type { PromiseReview } from "@/lib/contacts/promise-effective";

export type PromiseForm = { amount: string; currency: string; noAmount: boolean; date: string };
export type PromiseFormInput = { amount: { value: string; currency: string } | null; date: string | null };

/** Starts from what counts now (the reviewer's, else the extracted terms), so one field can be fixed alone. */
export function promiseFormOf({ effective, correction }: PromiseReview): PromiseForm {
  const { money, date } = effective;
  return {
    amount: money ? (money.cents / 100).toFixed(2) : "",
    currency: money?.currency ?? "USD",
    noAmount: money === null && correction !== null,
    date: date ?? "",
  };
}

/** "No amount stated" sends no amount; an empty date sends no date. The command checks the figures. */
export function promiseInputOf(form: PromiseForm): PromiseFormInput {
  return {
    amount: form.noAmount ? null : { value: form.amount.trim(), currency: form.currency.trim().toUpperCase() },
    date: form.date.trim() || null,
  };
}

export const canSavePromise = (form: PromiseForm): boolean => form.noAmount || (form.amount.trim() !== "" && form.currency.trim() !== "");
