// Labels that are indexed (outcome and sentiment keys, statuses, project id) are bounded, so no
// delivery can make a btree entry exceed PostgreSQL's limit ("index row size exceeds btree version 4
// maximum 2704"): the analytics index and the day roll-up's key hold four of them, at most
// 128 characters (512 bytes) each. Ordinary labels are far shorter and pass unchanged; a longer one
// becomes its first 96 characters, "…" and a hash of the whole, so distinct long labels stay distinct.
// Bounding is idempotent: a bounded label is its own bound.
import { createHash } from "node:crypto";

export const MAX_LABEL_CHARS = 128;
const PREFIX_CHARS = 96;

export function boundLabel(label: string): string;
export function boundLabel(label: string | null): string | null;
export function boundLabel(label: string | null): string | null {
  if (label === null || label.length <= MAX_LABEL_CHARS) return label;
  let prefix = label.slice(0, PREFIX_CHARS);
  // Never cut a surrogate pair in two: half of one is not storable text.
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return `${prefix}…${createHash("sha256").update(label).digest("hex").slice(0, 24)}`;
}
