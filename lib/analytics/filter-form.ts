// The filter form's initial values and choices, from the parsed filters: one source of truth (the
// URL), read back into the form.
import { FILTER_PARAMS, serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import { DOCUMENTED_OUTCOMES, labelForKey, SENTIMENTS } from "@/lib/calls/outcome";
import type { RangePreset } from "@/lib/calls/date-range";
import type { Grain } from "./grain";

export type Option = { value: string; label: string };
export type FilterFormValues = {
  range: RangePreset;
  from: string;
  to: string;
  project: string;
  outcome: string;
  sentiment: string;
  group: string;
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
    // Several values selected through the URL show as one choice (the parser accepts commas).
    project: filters.projects.join(","),
    outcome: filters.outcomes.join(","),
    sentiment: filters.sentiments.join(","),
    group: grain,
    hidden,
  };
}

/** Known values first, then those seen in the period, then whatever the URL selected. */
export function optionsFor(known: string[], seen: (string | null)[], selected: string[], label: (key: string) => string = labelForKey): Option[] {
  const keys = [...new Set([...known, ...seen.filter((key): key is string => key !== null)])];
  const options = keys.map((key) => ({ value: key, label: label(key) }));
  if (selected.length > 1) options.push({ value: selected.join(","), label: selected.map(label).join(" or ") });
  else if (selected.length === 1 && !keys.includes(selected[0]!)) options.push({ value: selected[0]!, label: label(selected[0]!) });
  return options;
}

export const DOCUMENTED_OUTCOME_KEYS = DOCUMENTED_OUTCOMES.map((outcome) => outcome.key);
export const SENTIMENT_KEYS = SENTIMENTS.map((sentiment) => sentiment.key);
