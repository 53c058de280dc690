// A contact page's promise: the terms its texts state and a reviewer's correction, as the call
// page shows them (promise-effective.ts). Pure.
import { dayOf } from "@/lib/calls/date-range";
import type { ContactCall } from "./list-contact-calls";
import { extractStatedPromise, reviewPromise, type PromiseReview } from "./promise-effective";

export function contactPromiseOf(call: ContactCall, timeZone: string): PromiseReview {
  const extracted = extractStatedPromise({ summary: call.summary, reasoning: call.reasoning }, dayOf(call.endedAt, timeZone));
  const money = call.promiseCents !== null && call.promiseCurrency !== null ? { cents: call.promiseCents, currency: call.promiseCurrency } : null;
  const correction = call.promiseCorrectedAt ? { money, date: call.promiseDate, by: call.promiseCorrectedBy, at: call.promiseCorrectedAt } : null;
  return reviewPromise(extracted, correction);
}
