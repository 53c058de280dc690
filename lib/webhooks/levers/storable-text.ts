// Text PostgreSQL cannot hold, made storable the same way in every field and every metadata key:
// NUL (refused by text and jsonb) is removed, a lone UTF-16 surrogate (JSON's "\ud800", refused by
// jsonb, silently mangled in text) becomes U+FFFD. The raw body is kept as received elsewhere.

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(text: string): string {
  return text.replace(NUL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * A parsed JSON value with every string and key made storable. Recursive: callers bound the
 * nesting first (json-depth.ts), so the depth here is small. Keys that become equal after cleaning
 * keep the last value (the raw body still holds both).
 */
export function toStorable(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(toStorable);
  if (value !== null && typeof value === "object") {
    // fromEntries defines own properties: a "__proto__" key stays a key, never a prototype.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), toStorable(item)]));
  }
  return value;
}

// In JSON text, NUL and lone surrogates can only come from a \u escape (0000, D800-DFFF) or be
// there as such; any surrogate at all (a valid pair too) sends the text the careful way.
const MAY_HOLD_UNSTORABLE = /\\u(?:0000|[dD][89abcdefABCDEF][0-9a-fA-F]{2})|\u0000|[\uD800-\uDFFF]/;

/**
 * False when `jsonText` cannot parse to anything `toStorable` would change, so the walk (a copy
 * of every object of the body) can be skipped: one scan of the text instead. True errs on the
 * safe side (an escaped backslash before "u0000", an emoji).
 */
export function mayHoldUnstorable(jsonText: string): boolean {
  return MAY_HOLD_UNSTORABLE.test(jsonText);
}
