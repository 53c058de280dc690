// Values no query can use, dropped before a parser sees them: a NUL character (PostgreSQL text
// cannot hold one, so the query would fail instead of matching nothing). Each drop is explained in
// a notice, like every other unusable value. Pure and safe in the browser.
import type { SearchParamsInput } from "./filters";

/** The value as a notice can show it: NUL visible, long values cut. */
export function visibleValue(value: string): string {
  const shown = value.replace(/\u0000/g, "\u2400");
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

function entriesOf(params: SearchParamsInput): [string, string][] {
  if (params instanceof URLSearchParams) return [...params];
  return Object.entries(params).flatMap(([name, value]) =>
    [value].flat().filter((item): item is string => typeof item === "string").map((item): [string, string] => [name, item]),
  );
}

/**
 * `params` without any value holding a NUL; a notice for each dropped value of a parameter in
 * `names` (the parameters the caller reads, so two parsers never report the same value twice).
 */
export function withoutNul(params: SearchParamsInput, names: readonly string[]): { params: URLSearchParams; notices: string[] } {
  const kept = new URLSearchParams();
  const notices: string[] = [];
  for (const [name, value] of entriesOf(params)) {
    if (!value.includes("\u0000")) kept.append(name, value);
    else if (names.includes(name)) notices.push(`Ignored ${name} "${visibleValue(value)}": it contains a NUL character.`);
  }
  return { params: kept, notices };
}
