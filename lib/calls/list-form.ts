// The filter bar's fields as the list's URL: what the GET form would send, without the empty
// fields and defaults (`dmin=`, `range=all`, `sort=newest`, `size=25`), so an applied filter gives
// the same short link as a chip or a shared URL, with no redirect. Any change starts at page one:
// the form carries no cursor. Pure and safe in the browser.
import { DEFAULT_PAGE_SIZE, LIST_PARAMS } from "./list-params";
import { FILTER_PARAMS } from "./filters";

const DEFAULTS: Record<string, string> = { [FILTER_PARAMS.range]: "all", [LIST_PARAMS.sort]: "newest", [LIST_PARAMS.size]: String(DEFAULT_PAGE_SIZE) };
const POSITION = new Set<string>([LIST_PARAMS.after, LIST_PARAMS.before, LIST_PARAMS.offset]);

/** `/calls?…` for the form's entries; a value in `overrides` replaces all of that field's values. */
export function listQueryFromForm(entries: Iterable<[string, FormDataEntryValue]>, overrides: Record<string, string[]> = {}): string {
  const kept: [string, string][] = [];
  for (const [name, value] of entries) {
    if (typeof value === "string" && !(name in overrides)) kept.push([name, value.trim()]);
  }
  for (const [name, values] of Object.entries(overrides)) for (const value of values) kept.push([name, value.trim()]);
  const has = (name: string) => kept.some(([n, v]) => n === name && v !== "");
  const params = new URLSearchParams();
  for (const [name, value] of kept) {
    if (value === "" || POSITION.has(name) || DEFAULTS[name] === value) continue;
    // Dates win over a preset: a custom range is the dates alone.
    if (name === FILTER_PARAMS.range && (has(FILTER_PARAMS.from) || has(FILTER_PARAMS.to))) continue;
    if (name === LIST_PARAMS.sort && value === "relevance" && !has(FILTER_PARAMS.q)) continue;
    params.append(name, value);
  }
  const query = params.toString();
  return query ? `/calls?${query}` : "/calls";
}
