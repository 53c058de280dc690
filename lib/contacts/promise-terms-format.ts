// A promise's terms in words and in the review history's from/to. Pure and light (no date parser):
// the review panel's client components use it.
import { formatDay } from "@/lib/analytics/days";
import { formatMoney, type Money } from "./promise-money";
import type { PromiseTermsValue } from "./promise-effective";

/** "$120.00", "€80.50": always with cents, as a reviewer typed or checks it. */
export const formatAmount = (money: Money | null): string => (money ? formatMoney(money, { cents: true }) : "no amount stated");

/** "$120.00 by Dec 5, 2026", "no amount stated, no date stated". */
export function describeTerms({ money, date }: PromiseTermsValue): string {
  return `${formatAmount(money)}${date ? ` by ${formatDay(date, "dayYear")}` : ", no date stated"}`;
}

/** The extracted side beside a correction: only what differs from it ("$100.00", "Dec 3, 2026"), or all of it. */
export function describeDifference(extracted: PromiseTermsValue, shown: PromiseTermsValue): string {
  const sameMoney = extracted.money?.cents === shown.money?.cents && extracted.money?.currency === shown.money?.currency;
  const sameDate = extracted.date === shown.date;
  if (sameMoney && !sameDate) return extracted.date ? `by ${formatDay(extracted.date, "dayYear")}` : "no date stated";
  if (!sameMoney && sameDate) return formatAmount(extracted.money);
  return describeTerms(extracted);
}

/** The review history's from/to of a promise: "USD 12000 2026-12-05", "- -" for no amount, no date. */
export function encodeTerms({ money, date }: PromiseTermsValue): string {
  return `${money ? `${money.currency} ${money.cents}` : "-"} ${date ?? "-"}`;
}

const ENCODED = /^(?:([A-Z]{3}) (\d+)|-) (\d{4}-\d{2}-\d{2}|-)$/;

/** encodeTerms read back; null for anything else. */
export function decodeTerms(text: string | null): PromiseTermsValue | null {
  const match = text ? ENCODED.exec(text) : null;
  if (!match) return null;
  const [, currency, cents, date] = match;
  return { money: currency && cents ? { currency, cents: Number(cents) } : null, date: date === "-" ? null : date! };
}
