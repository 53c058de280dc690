// Which calls make one contact: a number, or a number and an account when CONTACT_ACCOUNT_KEY is set
// (one person's calls about two debts are two contacts). `account` null: calls without one.
import { Prisma } from "@/lib/generated/prisma/client";

export type ContactKey = { number: string; account: string | null };

/** The SQL condition selecting a contact's calls from `calls` (uses calls_contact_calls_idx). */
export function contactCondition(key: ContactKey): Prisma.Sql {
  return Prisma.sql`contact_number = ${key.number} AND coalesce(account_key, '') = ${key.account ?? ""}`;
}

/** The contact page of a number (all its accounts), or of one account of it. */
export function contactHref(number: string, account?: string | null): string {
  const path = `/contacts/${encodeURIComponent(number)}`;
  return account ? `${path}?account=${encodeURIComponent(account)}` : path;
}

export function accountHref(account: string): string {
  return `/contacts/account/${encodeURIComponent(account)}`;
}
