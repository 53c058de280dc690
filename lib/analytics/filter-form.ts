// The filter form's initial values and choices, from the parsed filters: one source of truth (the
// URL), read back into the form.
import { FILTER_PARAMS, serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import { DOCUMENTED_OUTCOMES, labelForKey, SENTIMENTS } from "@/lib/calls/outcome";
import { RANGE_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/calls/date-range";
import { GRAINS, type Grain } from "./grain";

export type Option = { value: string; label: string; count?: number };
export type FilterFormValues = {
  range: RangePreset;
  from: string;
  to: string;
  projects: string[];
  outcomes: string[];
  sentiments: string[];
  group: Grain;
  /** Other filter parameters of the URL, kept as they are. */
  hidden: [string, string][];
};

const FORM_PARAMS = new Set<string>([FILTER_PARAMS.range, FILTER_PARAMS.from, FILTER_PARAMS.to, FILTER_PARAMS.projects, FILTER_PARAMS.outcomes, FILTER_PARAMS.sentiments]);

export function filterFormValues(filters: CallFilters, grain: Grain): FilterFormValues {
  const hidden = [...serializeCallFilters(filters).entries()].filter(([name]) => !FORM_PARAMS.has(name));
  return {
    range: filters.range.preset,
    from: filters.range.from ?? "",
    to: filters.range.to ?? "",
    projects: filters.projects,
    outcomes: filters.outcomes,
    sentiments: filters.sentiments,
    group: grain,
    hidden,
  };
}

/** A value seen in the period, with its calls (`key` null: calls without a value, which no filter can pick). */
export type Seen = { key: string | null; calls: number };

/**
 * Known values first, then those seen in the period, then whatever the URL selected. Counts are the
 * period's calls per value, shown only while this dimension is not filtered: once it is, the other
 * values would all read 0 although they have calls.
 */
export function optionsFor(known: string[], seen: Seen[], selected: string[], label: (key: string) => string = labelForKey): Option[] {
  const counts = new Map(seen.filter((s): s is { key: string; calls: number } => s.key !== null).map((s) => [s.key, s.calls]));
  const keys = [...new Set([...known, ...counts.keys(), ...selected])];
  const withCounts = selected.length === 0;
  return keys.map((key) => ({ value: key, label: label(key), ...(withCounts && { count: counts.get(key) ?? 0 }) }));
}

export const RANGE_OPTIONS: Option[] = RANGE_PRESETS.map((p) => ({ value: p, label: RANGE_LABELS[p] }));
export const GROUP_OPTIONS: Option[] = GRAINS.map((g) => ({ value: g, label: g[0]!.toUpperCase() + g.slice(1) }));

export const DOCUMENTED_OUTCOME_KEYS = DOCUMENTED_OUTCOMES.map((outcome) => outcome.key);
export const SENTIMENT_KEYS = SENTIMENTS.map((sentiment) => sentiment.key);
