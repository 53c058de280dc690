// A promised amount as written ("$120.50", "1,250 dollars", "£80.00") read as a currency and a
// number of cents, so the amounts of a period can be summed per currency (never across them).
// "$" alone is taken for US dollars: the dashboard's calls are US debt collection.
import { numberFormat } from "@/lib/format/intl-formats";

export type Money = { currency: string; cents: number };

const CURRENCIES: [RegExp, string][] = [
  [/MXN|pesos?/i, "MXN"],
  [/AED|dirhams?/i, "AED"],
  [/₹|INR|rupees?/i, "INR"],
  [/£|GBP|pounds?/i, "GBP"],
  [/€|EUR|euros?/i, "EUR"],
  [/\$|USD|dollars?/i, "USD"],
];

/** null when the text names no known currency or no number (extractPromiseAmount's output always has both). */
export function parseMoney(text: string | null): Money | null {
  if (!text) return null;
  const currency = CURRENCIES.find(([pattern]) => pattern.test(text))?.[1];
  const digits = /\d[\d,]*(?:\.\d{1,2})?/.exec(text)?.[0].replace(/,/g, "");
  if (!currency || !digits) return null;
  return { currency, cents: Math.round(Number(digits) * 100) };
}

/** "$12,340", "€80.50": cents only when there are some (or always, with `cents`). */
export function formatMoney({ currency, cents }: Money, options: { cents?: boolean } = {}): string {
  const whole = !options.cents && cents % 100 === 0;
  return numberFormat("en-US", { style: "currency", currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}
