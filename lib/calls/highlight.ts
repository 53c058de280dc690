// Highlighted text without HTML: the database marks matches with two rare characters, and the
// page splits on them and renders <mark> elements, so no stored text is ever injected as markup.
export const HIGHLIGHT_START = "⟦";
export const HIGHLIGHT_STOP = "⟧";

export type TextPart = { text: string; highlighted: boolean };

/** `a ⟦b⟧ c` -> [a ], [b] highlighted, [ c]. */
export function splitMarked(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, "g");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), highlighted: false });
    parts.push({ text: match[1] ?? "", highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), highlighted: false });
  return parts;
}

/** The words of a search, for highlighting in the browser (the call page's transcript). */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.toLowerCase().replace(/\bor\b|["()]/g, " ").split(/\s+/);
  return [...new Set(words.filter((w) => w.length > 1 && !w.startsWith("-")))];
}

/**
 * Splits `text` around the search terms, matching word starts so `pay` also marks `payment`
 * (close to what the English stemmer matches).
 */
export function highlightTerms(text: string, terms: string[]): TextPart[] {
  if (terms.length === 0) return [{ text, highlighted: false }];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`\\b(?:${escaped.join("|")})\\w*`, "giu");
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), highlighted: false });
    parts.push({ text: match[0], highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), highlighted: false });
  return parts;
}
