// The one definition of call filters: parsed from the URL (so a copied link shows the same view)
// and written back to it. Pure and safe in the browser; the SQL it turns into is call-where.ts,
// kept apart so client components never pull the Prisma runtime into the bundle.
import { z } from "zod";
import type { ReviewStatus } from "@/lib/reviews/status";
import { normalizeLabel } from "./outcome";
import { RANGE_PRESETS, type DateRange, type RangePreset } from "./date-range";
import { withoutNul } from "./param-hygiene";
import { listOf, paramValue, paramValues, type SearchParamsInput } from "./params";
import { parseReviewFilters, REVIEW_FILTER_PARAMS, serializeReviewFilters } from "./review-filters";

export type MetadataMatch = { key: string; value: string };

/**
 * Which labels `outcomes`/`sentiments` (and the analytics' groupings) read: the effective ones (a
 * reviewer's correction, else the AI's label; the default) or the AI's own (`labels=ai`).
 */
export type LabelSet = "effective" | "ai";

/** An assignee filter value: a user id, or the signed-in user ("me"), or no assignee ("nobody"). */
export type AssigneeFilter = string;
export const ASSIGNEE_ME = "me";
export const ASSIGNEE_NOBODY = "nobody";

/**
 * The debt-collector disclosure check (lib/compliance/disclosure.ts): `missing` = a transcript whose
 * AI turns hold none of the phrases, `found` = one that does. Calls not checked (no AI turns) match neither.
 */
export const DISCLOSURE_FILTERS = ["missing", "found"] as const;
export const disclosureFilterSchema = z.enum(DISCLOSURE_FILTERS);
export type DisclosureFilter = z.infer<typeof disclosureFilterSchema>;

export type CallFilters = {
  outcomes: string[];
  sentiments: string[];
  range: DateRange;
  minDuration?: number;
  maxDuration?: number;
  providerStatuses: string[];
  deliveryStatuses: string[];
  projects: string[];
  metadata: MetadataMatch[];
  phone?: string;
  q?: string;
  // The review filters are optional, absent when not used, so code that builds filters by hand
  // (tests, links) stays valid.
  /** `labels=ai`: outcome and sentiment filters and groupings read the AI's labels. */
  labels?: LabelSet;
  /** Always the AI's labels, whatever `labels` says (the agreement matrix's cells). */
  aiOutcomes?: string[];
  aiSentiments?: string[];
  reviewStatuses?: ReviewStatus[];
  /** User ids, "me" or "nobody"; any of them matches. */
  assignees?: AssigneeFilter[];
  /** Tag slugs; a call with any of them matches. */
  tags?: string[];
  /** true: the outcome or the sentiment was corrected; false: neither was. */
  corrected?: boolean;
  /** `disclosure=missing|found`: whether the disclosure phrase check found one. */
  disclosure?: DisclosureFilter;
};

export type { SearchParamsInput } from "./params";
export { paramValue, paramValues } from "./params";

/** URL parameter names. Lists may repeat (`outcome=a&outcome=b`) or use commas (`outcome=a,b`). */
export const FILTER_PARAMS = {
  outcomes: "outcome",
  sentiments: "sentiment",
  range: "range",
  from: "from",
  to: "to",
  minDuration: "dmin",
  maxDuration: "dmax",
  providerStatuses: "pstatus",
  deliveryStatuses: "dstatus",
  projects: "project",
  metadata: "meta",
  phone: "phone",
  q: "q",
  disclosure: "disclosure",
  ...REVIEW_FILTER_PARAMS,
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

function isRealDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

export type ParsedFilters = { filters: CallFilters; notices: string[] };

/**
 * Reads filters from URL parameters. Nothing here throws: a value that cannot be used is dropped
 * (or corrected) and explained in `notices`, which the page shows.
 */
export function parseCallFilters(input: SearchParamsInput, defaults: { range?: RangePreset } = {}): ParsedFilters {
  const { params, notices } = withoutNul(input, Object.values(FILTER_PARAMS));
  const one = (name: string) => paramValue(params, name);

  const seconds = (name: string, label: string) => {
    const value = one(name);
    if (value === undefined) return undefined;
    if (/^\d{1,7}$/.test(value)) return Number(value);
    notices.push(`Ignored ${label} "${value}": expected whole seconds.`);
    return undefined;
  };

  let from = one(FILTER_PARAMS.from);
  let to = one(FILTER_PARAMS.to);
  for (const [label, value] of [["start date", from], ["end date", to]] as const) {
    if (value !== undefined && !isRealDay(value)) notices.push(`Ignored ${label} "${value}": expected a date as YYYY-MM-DD.`);
  }
  from = from && isRealDay(from) ? from : undefined;
  to = to && isRealDay(to) ? to : undefined;
  if (from && to && from > to) {
    [from, to] = [to, from];
    notices.push("The start date was after the end date; they were swapped.");
  }

  const presetParam = one(FILTER_PARAMS.range);
  let preset: RangePreset = from || to ? "custom" : (defaults.range ?? "all");
  if (presetParam !== undefined && !from && !to) {
    const known = RANGE_PRESETS.find((candidate) => candidate === presetParam);
    if (known && known !== "custom") {
      preset = known;
    } else if (presetParam !== "custom") {
      notices.push(`Ignored date range "${presetParam}": expected one of ${RANGE_PRESETS.filter((p) => p !== "custom").join(", ")}.`);
    }
  }

  let minDuration = seconds(FILTER_PARAMS.minDuration, "minimum duration");
  let maxDuration = seconds(FILTER_PARAMS.maxDuration, "maximum duration");
  if (minDuration !== undefined && maxDuration !== undefined && minDuration > maxDuration) {
    [minDuration, maxDuration] = [maxDuration, minDuration];
    notices.push("The minimum duration was above the maximum; they were swapped.");
  }

  const metadata: MetadataMatch[] = [];
  for (const pair of paramValues(params, FILTER_PARAMS.metadata)) {
    if (!pair.trim()) continue; // an empty form field
    const at = pair.indexOf(":");
    const key = at > 0 ? pair.slice(0, at).trim() : "";
    const value = at > 0 ? pair.slice(at + 1).trim() : "";
    if (key && value && key.length <= MAX_TEXT && value.length <= MAX_TEXT) metadata.push({ key, value });
    else notices.push(`Ignored metadata filter "${pair}": expected key:value.`);
  }

  const phoneRaw = one(FILTER_PARAMS.phone);
  const phone = phoneRaw?.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "") || undefined;
  if (phoneRaw && !phone) notices.push(`Ignored phone number "${phoneRaw}": expected digits.`);

  const q = one(FILTER_PARAMS.q)?.slice(0, MAX_TEXT);
  const review = parseReviewFilters(params, notices);
  const disclosureParam = one(FILTER_PARAMS.disclosure)?.toLowerCase();
  const disclosure = disclosureFilterSchema.safeParse(disclosureParam);
  if (disclosureParam !== undefined && !disclosure.success) {
    notices.push(`Ignored disclosure "${disclosureParam.slice(0, 60)}": expected ${DISCLOSURE_FILTERS.join(" or ")}.`);
  }

  const filters: CallFilters = {
    outcomes: listOf(params, FILTER_PARAMS.outcomes, normalizeLabel),
    sentiments: listOf(params, FILTER_PARAMS.sentiments, normalizeLabel),
    range: { preset, ...(from && { from }), ...(to && { to }) },
    providerStatuses: listOf(params, FILTER_PARAMS.providerStatuses, (v) => v.trim() || null),
    deliveryStatuses: listOf(params, FILTER_PARAMS.deliveryStatuses, (v) => v.trim() || null),
    projects: listOf(params, FILTER_PARAMS.projects, (v) => v.trim().slice(0, MAX_TEXT) || null),
    metadata: metadata.slice(0, 10),
    ...(minDuration !== undefined && { minDuration }),
    ...(maxDuration !== undefined && { maxDuration }),
    ...(phone && { phone }),
    ...(q && { q }),
    ...review,
    ...(disclosure.success && { disclosure: disclosure.data }),
  };
  return { filters, notices };
}

/** The URL parameters for `filters`, the inverse of parseCallFilters. */
export function serializeCallFilters(filters: CallFilters): URLSearchParams {
  const params = new URLSearchParams();
  const list = (name: string, values: string[]) => values.forEach((value) => params.append(name, value));
  list(FILTER_PARAMS.outcomes, filters.outcomes);
  list(FILTER_PARAMS.sentiments, filters.sentiments);
  if (filters.range.preset === "custom") {
    if (filters.range.from) params.set(FILTER_PARAMS.from, filters.range.from);
    if (filters.range.to) params.set(FILTER_PARAMS.to, filters.range.to);
  } else {
    params.set(FILTER_PARAMS.range, filters.range.preset);
  }
  if (filters.minDuration !== undefined) params.set(FILTER_PARAMS.minDuration, String(filters.minDuration));
  if (filters.maxDuration !== undefined) params.set(FILTER_PARAMS.maxDuration, String(filters.maxDuration));
  list(FILTER_PARAMS.providerStatuses, filters.providerStatuses);
  list(FILTER_PARAMS.deliveryStatuses, filters.deliveryStatuses);
  list(FILTER_PARAMS.projects, filters.projects);
  filters.metadata.forEach(({ key, value }) => params.append(FILTER_PARAMS.metadata, `${key}:${value}`));
  if (filters.phone) params.set(FILTER_PARAMS.phone, filters.phone);
  if (filters.q) params.set(FILTER_PARAMS.q, filters.q);
  serializeReviewFilters(filters, params);
  if (filters.disclosure) params.set(FILTER_PARAMS.disclosure, filters.disclosure);
  return params;
}

export const NO_FILTERS: CallFilters = parseCallFilters({}).filters;

const some = (values: readonly unknown[] | undefined) => (values?.length ?? 0) > 0;

/**
 * Whether each filter is in use. Typed over every field of CallFilters, so a new filter cannot be
 * added without saying here when it is set: what the roll-up (isDayCubeFilter) decides from.
 */
const IN_USE: { [K in keyof CallFilters]-?: (value: CallFilters[K]) => boolean } = {
  outcomes: some,
  sentiments: some,
  range: (range) => range.preset !== "all",
  minDuration: (value) => value !== undefined,
  maxDuration: (value) => value !== undefined,
  providerStatuses: some,
  deliveryStatuses: some,
  projects: some,
  metadata: some,
  phone: Boolean,
  q: Boolean,
  labels: (value) => value === "ai",
  aiOutcomes: some,
  aiSentiments: some,
  reviewStatuses: some,
  assignees: some,
  tags: some,
  corrected: (value) => value !== undefined,
  disclosure: (value) => value !== undefined,
};

/** The filters in use (`labels` counts when it is "ai"). */
export function filtersInUse(filters: CallFilters): (keyof CallFilters)[] {
  return (Object.keys(IN_USE) as (keyof CallFilters)[]).filter((name) => (IN_USE[name] as (value: unknown) => boolean)(filters[name]));
}

/** True when any filter other than the date range (and the choice of labels) narrows the calls. */
export function hasNarrowingFilters(filters: CallFilters): boolean {
  return filtersInUse(filters).some((name) => name !== "range" && name !== "labels");
}

/**
 * The query string without empty values (a submitted GET form sends every field, `dmin=&q=`), or
 * null when nothing was empty. Pages redirect to it so copied links stay short and readable.
 */
export function compactQuery(params: SearchParamsInput): string | null {
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params).flatMap(([name, value]) => [value].flat().map((item) => [name, item] as const));
  const kept = entries.filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "");
  if (kept.length === entries.length) return null;
  return new URLSearchParams(kept.map(([name, value]) => [name, value])).toString();
}
