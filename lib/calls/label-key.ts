// Labels that are indexed (outcome and sentiment keys, statuses, project id) are bounded, so no
// delivery can make a btree entry exceed PostgreSQL's limit ("index row size exceeds btree version 4
// maximum 2704"): the analytics index holds six of them, the day roll-up's key seven, at most
// 128 characters (384 bytes: 128 UTF-16 units of three-byte characters) each. Ordinary labels are
// far shorter and pass unchanged; a longer one becomes its first 96 characters, "…" and a hash of
// the whole, so distinct long labels stay distinct. Bounding is idempotent: a bounded label is its
// own bound. The phone numbers are bounded the same way, tighter (40 characters: 15, "…" and the
// hash), since calls_phone_analytics_idx holds both beside the six labels (6 x 384 + 2 x 120 bytes,
// with the rest of the entry, stays under the limit). No phone number comes near 40 characters.
import { createHash } from "node:crypto";

export const MAX_LABEL_CHARS = 128;
export const MAX_NUMBER_CHARS = 40;
const HASH_CHARS = 24;

function bound(text: string | null, max: number, prefixChars: number): string | null {
  if (text === null || text.length <= max) return text;
  let prefix = text.slice(0, prefixChars);
  // Never cut a surrogate pair in two: half of one is not storable text.
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return `${prefix}…${createHash("sha256").update(text).digest("hex").slice(0, HASH_CHARS)}`;
}

export function boundLabel(label: string): string;
export function boundLabel(label: string | null): string | null;
export function boundLabel(label: string | null): string | null {
  return bound(label, MAX_LABEL_CHARS, 96);
}

/** A phone number as stored and indexed: as sent unless longer than MAX_NUMBER_CHARS. */
export function boundNumber(number: string | null): string | null {
  return bound(number, MAX_NUMBER_CHARS, MAX_NUMBER_CHARS - HASH_CHARS - 1);
}
