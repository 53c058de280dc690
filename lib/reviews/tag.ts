// Tags as lower-case slugs (`Supervisor requested!` -> `supervisor-requested`), bounded, so one
// tag is always spelt one way and completion, filters and counts agree. Pure and safe in the browser.

export const MAX_TAG_CHARS = 48;

/** The tag's slug, or null when nothing usable is left. */
export function normalizeTag(text: string): string | null {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const bounded = [...slug].slice(0, MAX_TAG_CHARS).join("").replace(/-+$/, "");
  return bounded === "" ? null : bounded;
}
