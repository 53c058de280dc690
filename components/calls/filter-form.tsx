import Form from "next/form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { FILTER_PARAMS, serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import type { LabelCount } from "@/lib/calls/label-counts";
import { LIST_PARAMS, PAGE_SIZES, SORT_LABELS, SORTS, type ListPosition } from "@/lib/calls/list-params";
import { labelForKey } from "@/lib/calls/outcome";
import { MultiSelect, type Option } from "./multi-select";
import { RangeFields } from "./range-fields";
import { SearchBox } from "./search-box";

type Props = { filters: CallFilters; position: ListPosition; outcomeCounts: LabelCount[]; sentimentCounts: LabelCount[] };

function optionsOf(counts: LabelCount[], selected: string[]): Option[] {
  const options: Option[] = counts.map((c) => ({ value: c.key, label: labelForKey(c.key), count: c.count }));
  for (const key of selected) if (!counts.some((c) => c.key === key)) options.push({ value: key, label: labelForKey(key), count: 0 });
  return options;
}

function StatusSelect({ name, label, value }: { name: string; label: string; value: string[] }) {
  const current = value.length === 1 ? value[0] : "";
  const known = ["pass", "fail"];
  return (
    <Field label={label} htmlFor={`filter-${name}`}>
      <Select id={`filter-${name}`} name={name} defaultValue={current}>
        <option value="">Any</option>
        {[...known, ...(current && !known.includes(current) ? [current] : [])].map((v) => <option key={v} value={v}>{v}</option>)}
      </Select>
    </Field>
  );
}

/**
 * The filters as a GET form: submitting writes them to the URL (next/form navigates without a
 * reload), so Back/Forward and shared links just work. Search also updates as you type.
 */
export function FilterForm({ filters, position, outcomeCounts, sentimentCounts }: Props) {
  // Uncontrolled fields only read their defaults once: a new view (Back, a link) remounts them.
  // The search box is left out, so typing into it never loses focus.
  const view = `${serializeCallFilters({ ...filters, q: undefined }).toString()}|${position.sort}|${position.size}`;
  return (
    <Form action="/calls" className="space-y-3 rounded-lg border border-border bg-surface p-4" aria-label="Filter calls">
      <div className="flex flex-col gap-1">
        <label htmlFor="call-search" className="text-xs font-medium text-muted">Search</label>
        <SearchBox defaultValue={filters.q ?? ""} />
      </div>
      <div key={`filters-${view}`} className="flex flex-wrap items-end gap-3">
        <MultiSelect name={FILTER_PARAMS.outcomes} label="Outcome" options={optionsOf(outcomeCounts, filters.outcomes)} selected={filters.outcomes} />
        <MultiSelect name={FILTER_PARAMS.sentiments} label="Sentiment" options={optionsOf(sentimentCounts, filters.sentiments)} selected={filters.sentiments} />
        <RangeFields preset={filters.range.preset} from={filters.range.from ?? ""} to={filters.range.to ?? ""} />
        <Field label="Min. seconds" htmlFor="filter-dmin">
          <Input id="filter-dmin" type="number" min={0} name={FILTER_PARAMS.minDuration} defaultValue={filters.minDuration ?? ""} className="w-24" />
        </Field>
        <Field label="Max. seconds" htmlFor="filter-dmax">
          <Input id="filter-dmax" type="number" min={0} name={FILTER_PARAMS.maxDuration} defaultValue={filters.maxDuration ?? ""} className="w-24" />
        </Field>
        <StatusSelect name={FILTER_PARAMS.deliveryStatuses} label="Delivery" value={filters.deliveryStatuses} />
      </div>
      <div key={`more-${view}`} className="flex flex-wrap items-end gap-3">
        <Field label="Project" htmlFor="filter-project">
          <Input id="filter-project" name={FILTER_PARAMS.projects} defaultValue={filters.projects.join(",")} placeholder="proj_123" className="w-36" />
        </Field>
        <Field label="Metadata (key:value)" htmlFor="filter-meta">
          <Input id="filter-meta" name={FILTER_PARAMS.metadata} defaultValue={filters.metadata.map((m) => `${m.key}:${m.value}`)[0] ?? ""} placeholder="extra_id:acct_42" className="w-40" />
          {/* Further key:value filters (from a shared link) have no field of their own; they ride along. */}
          {filters.metadata.slice(1).map((m) => (
            <input key={`${m.key}:${m.value}`} type="hidden" name={FILTER_PARAMS.metadata} value={`${m.key}:${m.value}`} />
          ))}
          {filters.metadata.length > 1 && <span className="text-xs text-muted">and {filters.metadata.slice(1).map((m) => `${m.key}:${m.value}`).join(", ")}</span>}
        </Field>
        <Field label="Phone number" htmlFor="filter-phone">
          <Input id="filter-phone" name={FILTER_PARAMS.phone} defaultValue={filters.phone ?? ""} placeholder="+1507, 4106" className="w-36" inputMode="tel" />
        </Field>
        <StatusSelect name={FILTER_PARAMS.providerStatuses} label="Provider" value={filters.providerStatuses} />
        <Field label="Sort" htmlFor="filter-sort">
          <Select id="filter-sort" name={LIST_PARAMS.sort} defaultValue={position.sort}>
            {SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </Select>
        </Field>
        <Field label="Per page" htmlFor="filter-size">
          <Select id="filter-size" name={LIST_PARAMS.size} defaultValue={String(position.size)}>
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
        <div className="ml-auto flex gap-2">
          <ButtonLink href="/calls" variant="ghost">Clear filters</ButtonLink>
          <Button type="submit" variant="primary">Apply filters</Button>
        </div>
      </div>
    </Form>
  );
}
