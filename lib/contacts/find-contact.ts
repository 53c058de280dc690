import "server-only";
// "Typing a number or an account id in the search box finds the contact": what the calls list asks
// with its search text. A text that reads as a phone number is normalised like stored numbers; an
// account id must match exactly (with CONTACT_ACCOUNT_KEY set). One index lookup each.
import { getDb } from "@/lib/db";
import { accountHref, contactHref } from "./contact-key";
import { formatContactNumber, normalizeNumber } from "./normalize-number";
import { getContactSettings, type ContactSettings } from "./settings";

export type FoundContact = { kind: "number" | "account"; label: string; href: string; calls: number };

/** Counted up to this many; the page says "1,000+". */
const COUNT_CAP = 1_000;
const PHONE_LIKE = /^\+?[\d\s().\-/]{6,32}$/;

async function countCalls(column: "contact_number" | "account_key", value: string): Promise<number> {
  const rows = column === "contact_number"
    ? await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM calls WHERE contact_number = ${value} LIMIT ${COUNT_CAP}) c`
    : await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM calls WHERE account_key = ${value} LIMIT ${COUNT_CAP}) c`;
  return rows[0]?.n ?? 0;
}

export async function findContactForQuery(q: string | null | undefined, settings: ContactSettings = getContactSettings()): Promise<FoundContact[]> {
  const text = q?.trim() ?? "";
  if (!text || text.length > 200) return [];
  const found: FoundContact[] = [];
  if (PHONE_LIKE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6) {
    const contact = normalizeNumber(text, settings.phoneRegion);
    if (contact) {
      const calls = await countCalls("contact_number", contact.number);
      if (calls > 0) found.push({ kind: "number", label: formatContactNumber(contact.number), href: contactHref(contact.number), calls });
    }
  }
  if (settings.accountKeyName) {
    const calls = await countCalls("account_key", text);
    if (calls > 0) found.push({ kind: "account", label: `${settings.accountKeyName} ${text}`, href: accountHref(text), calls });
  }
  return found;
}

export { COUNT_CAP as CONTACT_COUNT_CAP };
