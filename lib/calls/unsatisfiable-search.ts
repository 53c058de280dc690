// A search that can match nothing, told from its text alone: a word both required and excluded
// (`pay -pay`, `Pay now -pay`) with no `or`. PostgreSQL cannot tell: it reads the GIN index for
// every call holding the word, then drops them all one by one, seconds at a million calls. The
// filter builder turns such a search into FALSE, which the planner answers without reading a row.
// Words are compared as written; `paying -pay` (the same stem) is still left to PostgreSQL. Pure.

const TOKENS = /-?"[^"]*"?|\S+/g;
const wordsOf = (token: string) => token.replace(/^-/, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function isUnsatisfiableSearch(q: string): boolean {
  const tokens: string[] = q.toLowerCase().match(TOKENS) ?? [];
  if (tokens.includes("or")) return false;
  const required = new Set(tokens.filter((token) => !token.startsWith("-")).flatMap(wordsOf));
  // Only a single excluded word excludes every call holding it; `-"pay now"` excludes the phrase.
  const excluded = tokens.filter((token) => token.startsWith("-")).map(wordsOf).filter((words) => words.length === 1).flat();
  return excluded.some((word) => required.has(word));
}
