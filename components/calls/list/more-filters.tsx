"use client";
// The filters used less often, in a panel under the bar ("More filters"). Choices apply at once;
// the typed fields apply on Enter or with the panel's Apply button. The panel is only hidden, never
// unmounted, so its fields always belong to the form.
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import { MultiCombobox, type ComboOption } from "@/components/ui/multi-combobox";
import { FILTER_PARAMS, type CallFilters } from "@/lib/calls/filters";
import { LIST_PARAMS, PAGE_SIZES, SORT_LABELS, SORTS, type ListPosition } from "@/lib/calls/list-params";
import { ReviewFilterFields, reviewFilterCount, type ReviewFilterOptions } from "./review-filter-fields";

type Props = {
  id: string;
  open: boolean;
  filters: CallFilters;
  position: ListPosition;
  projects: ComboOption[];
  selectedProjects: string[];
  onProjects: (next: string[]) => void;
  reviewOptions: ReviewFilterOptions;
  /** A multi-select of the panel changed: apply `values` for the parameter `name`. */
  onList: (name: string, values: string[]) => void;
  onChoice: () => void;
};

/** How many of the panel's filters are on: the count on the "More filters" button. */
export function moreFilterCount(filters: CallFilters): number {
  return (
    filters.projects.length + filters.deliveryStatuses.length + filters.providerStatuses.length + filters.metadata.length +
    Number(filters.minDuration !== undefined) + Number(filters.maxDuration !== undefined) + Number(Boolean(filters.phone)) +
    reviewFilterCount(filters)
  );
}

function StatusSelect({ name, label, value, onChoice }: { name: string; label: string; value: string[]; onChoice: () => void }) {
  const current = value.length === 1 ? value[0]! : value.join(",");
  const known = ["pass", "fail"];
  return (
    <Field label={label} htmlFor={`filter-${name}`}>
      <Select key={current} id={`filter-${name}`} name={name} defaultValue={current} onChange={onChoice} className="w-full">
        <option value="">Any</option>
        {[...known, ...(current && !known.includes(current) ? [current] : [])].map((v) => <option key={v} value={v}>{v}</option>)}
      </Select>
    </Field>
  );
}

export function MoreFilters({ id, open, filters, position, projects, selectedProjects, onProjects, reviewOptions, onList, onChoice }: Props) {
  const [meta, ...moreMeta] = filters.metadata.map((m) => `${m.key}:${m.value}`);
  // Typed fields take their value from the URL again when it changes (a removed chip, Back).
  const text = (name: string, value: string | number | undefined) => ({ name, defaultValue: value ?? "" });
  return (
    <div id={id} hidden={!open} className="border-t border-border pt-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <MultiCombobox label="Project" name={FILTER_PARAMS.projects} options={projects} selected={selectedProjects} onSelectedChange={onProjects} placeholder="All projects" maxChips={1} className="col-span-2 sm:col-span-1" />
        <Field label="Min. seconds" htmlFor="filter-dmin">
          <Input key={filters.minDuration ?? ""} id="filter-dmin" type="number" min={0} inputMode="numeric" className="w-full" {...text(FILTER_PARAMS.minDuration, filters.minDuration)} />
        </Field>
        <Field label="Max. seconds" htmlFor="filter-dmax">
          <Input key={filters.maxDuration ?? ""} id="filter-dmax" type="number" min={0} inputMode="numeric" className="w-full" {...text(FILTER_PARAMS.maxDuration, filters.maxDuration)} />
        </Field>
        <StatusSelect name={FILTER_PARAMS.deliveryStatuses} label="Delivery" value={filters.deliveryStatuses} onChoice={onChoice} />
        <StatusSelect name={FILTER_PARAMS.providerStatuses} label="Provider" value={filters.providerStatuses} onChoice={onChoice} />
        <div className="col-span-2 sm:col-span-1">
          <Field label="Phone number" htmlFor="filter-phone">
            <Input key={filters.phone ?? ""} id="filter-phone" placeholder="+1507, 4106" inputMode="tel" className="w-full" {...text(FILTER_PARAMS.phone, filters.phone)} />
          </Field>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <Field label="Metadata (key:value)" htmlFor="filter-meta">
            <Input key={meta ?? ""} id="filter-meta" placeholder="extra_id:acct_42" className="w-full" {...text(FILTER_PARAMS.metadata, meta)} />
          </Field>
          {/* Further key:value filters (from a shared link) have no field of their own; they ride along. */}
          {moreMeta.map((pair) => <input key={pair} type="hidden" name={FILTER_PARAMS.metadata} value={pair} />)}
          {moreMeta.length > 0 && <p className="mt-1 text-xs text-muted">and {moreMeta.join(", ")}</p>}
        </div>
        <ReviewFilterFields filters={filters} options={reviewOptions} onList={onList} onChoice={onChoice} />
        <Field label="Sort" htmlFor="filter-sort">
          <Select key={position.sort} id="filter-sort" name={LIST_PARAMS.sort} defaultValue={position.sort} onChange={onChoice} className="w-full">
            {SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </Select>
        </Field>
        <Field label="Per page" htmlFor="filter-size">
          <Select key={position.size} id="filter-size" name={LIST_PARAMS.size} defaultValue={String(position.size)} onChange={onChoice} className="w-full">
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
        <div className="col-span-2 flex items-end justify-end sm:col-span-1 lg:col-span-4">
          <Button type="submit" variant="primary">Apply filters</Button>
        </div>
      </div>
    </div>
  );
}
