// A contact is the number called, written one way: E.164 (`+12125551234`), whatever format the
// number arrived in. Parsed with awesome-phonenumber (Google's libphonenumber metadata). A number
// counts as parsed when libphonenumber finds it *possible* for its region (the right length):
// validity would also demand an allocated range, which would split test and new ranges off
// their contact for no gain. A number that cannot be parsed keeps its digits and is marked.
import { parsePhoneNumber } from "awesome-phonenumber";

export type ContactNumber = { number: string; parsed: boolean };

/** At most this many characters are kept of a number that cannot be parsed (it is indexed). */
const MAX_UNPARSED = 64;

// Parsing is the costliest step of deriving a call's columns (tens of microseconds, about as much
// as the rest of a delivery's own work), and a collections team calls the same people again and
// again: recent answers are kept. Bounded: emptied when full, so memory stays flat whatever comes in.
const RECENT_LIMIT = 10_000;
const recent = new Map<string, ContactNumber>();

export function normalizeNumber(raw: string | null | undefined, region: string): ContactNumber | null {
  const text = raw?.trim();
  if (!text) return null;
  const key = `${region} ${text}`;
  const known = recent.get(key);
  if (known) return { ...known };
  if (recent.size >= RECENT_LIMIT) recent.clear();
  const parsed = parseNumber(text, region);
  recent.set(key, parsed);
  return { ...parsed };
}

function parseNumber(text: string, region: string): ContactNumber {
  const phone = parsePhoneNumber(text, { regionCode: region });
  if (phone.possible && phone.number?.e164) return { number: phone.number.e164, parsed: true };
  const digits = text.replace(/\D/g, "");
  // No digit at all ("anonymous", "unknown"): the text itself, so such calls still group together.
  return { number: (digits || text.toLowerCase()).slice(0, MAX_UNPARSED), parsed: false };
}

/** How a stored contact number is shown: `+1 212-555-1234`, or the stored digits when unparsed. */
export function formatContactNumber(number: string): string {
  if (!number.startsWith("+")) return number;
  const phone = parsePhoneNumber(number);
  return phone.number?.international ?? number;
}
