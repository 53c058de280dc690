// Reading URL parameters, from URLSearchParams or a Next.js searchParams record. Pure and safe in the browser.

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

const MAX_LIST = 50;

/** Every value of one URL parameter, from URLSearchParams or a Next.js searchParams record. */
export function paramValues(params: SearchParamsInput, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name]].flat();
  return raw.filter((value): value is string => typeof value === "string");
}

/** The first value of one URL parameter, trimmed; undefined when missing or blank. */
export function paramValue(params: SearchParamsInput, name: string): string | undefined {
  return paramValues(params, name)[0]?.trim() || undefined;
}

/** A list parameter: repeated or comma-separated, each value normalised (null drops it), deduplicated, bounded. */
export function listOf(params: SearchParamsInput, name: string, normalise: (value: string) => string | null): string[] {
  const items = paramValues(params, name).flatMap((value) => value.split(","));
  const keys = items.map(normalise).filter((value): value is string => Boolean(value));
  return [...new Set(keys)].slice(0, MAX_LIST);
}
