"use client";
// The review and disclosure filters of the "More filters" panel: review status, assignee (me,
// nobody, a user), tag, corrected, disclosure. Multi-selects apply at once, as the others do; the
// filters with no field here (labels=ai, the AI's own labels) ride along as hidden fields.
import { useState } from "react";
import { Field, Select } from "@/components/ui/input";
import { MultiCombobox, type ComboOption } from "@/components/ui/multi-combobox";
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, DISCLOSURE_FILTERS, FILTER_PARAMS, type CallFilters } from "@/lib/calls/filters";
import { DISCLOSURE_LABELS } from "@/lib/calls/list-chips";
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES } from "@/lib/reviews/status";

export type ReviewFilterOptions = { users: { id: string; name: string }[]; tags: { tag: string; calls: number }[] };

type Props = { filters: CallFilters; options: ReviewFilterOptions; onList: (name: string, values: string[]) => void; onChoice: () => void };

const STATUS_OPTIONS: ComboOption[] = REVIEW_STATUSES.map((status) => ({ value: status, label: REVIEW_STATUS_LABELS[status] }));

/** How many of these filters are on (part of the "More filters" count). */
export function reviewFilterCount(filters: CallFilters): number {
  return (filters.reviewStatuses?.length ?? 0) + (filters.assignees?.length ?? 0) + (filters.tags?.length ?? 0) +
    Number(filters.corrected !== undefined) + Number(filters.disclosure !== undefined);
}

export function ReviewFilterFields({ filters, options, onList, onChoice }: Props) {
  // Shown at once while the list loads, and taken from the URL again when it changes (a removed
  // chip, Back), without remounting: an open multi-select stays open while its choice applies.
  const [statuses, setStatuses] = useState<string[]>(filters.reviewStatuses ?? []);
  const [assignees, setAssignees] = useState<string[]>(filters.assignees ?? []);
  const [tags, setTags] = useState<string[]>(filters.tags ?? []);
  const fromUrl = JSON.stringify([filters.reviewStatuses, filters.assignees, filters.tags]);
  const [seen, setSeen] = useState(fromUrl);
  if (seen !== fromUrl) {
    setSeen(fromUrl);
    setStatuses(filters.reviewStatuses ?? []);
    setAssignees(filters.assignees ?? []);
    setTags(filters.tags ?? []);
  }
  const list = (name: string, set: (values: string[]) => void) => (values: string[]) => {
    set(values);
    onList(name, values);
  };
  const assigneeOptions: ComboOption[] = [
    { value: ASSIGNEE_ME, label: "Me" },
    { value: ASSIGNEE_NOBODY, label: "Nobody" },
    ...options.users.map((user) => ({ value: user.id, label: user.name })),
    ...assignees.filter((id) => id !== ASSIGNEE_ME && id !== ASSIGNEE_NOBODY && !options.users.some((u) => u.id === id)).map((id) => ({ value: id, label: id })),
  ];
  const tagOptions: ComboOption[] = [
    ...options.tags.map(({ tag, calls }) => ({ value: tag, label: tag, count: calls })),
    ...tags.filter((tag) => !options.tags.some((t) => t.tag === tag)).map((tag) => ({ value: tag, label: tag })),
  ];
  const corrected = filters.corrected === undefined ? "" : filters.corrected ? "yes" : "no";
  return (
    <>
      <MultiCombobox label="Review status" name={FILTER_PARAMS.reviewStatuses} options={STATUS_OPTIONS} selected={statuses} onSelectedChange={list(FILTER_PARAMS.reviewStatuses, setStatuses)} maxChips={1} className="col-span-2 sm:col-span-1" />
      <MultiCombobox label="Assignee" name={FILTER_PARAMS.assignees} options={assigneeOptions} selected={assignees} onSelectedChange={list(FILTER_PARAMS.assignees, setAssignees)} maxChips={1} />
      <MultiCombobox label="Tag" name={FILTER_PARAMS.tags} options={tagOptions} selected={tags} onSelectedChange={list(FILTER_PARAMS.tags, setTags)} placeholder={tagOptions.length ? "Any" : "No tags yet"} maxChips={1} />
      <Field label="Corrected" htmlFor="filter-corrected">
        <Select key={corrected} id="filter-corrected" name={FILTER_PARAMS.corrected} defaultValue={corrected} onChange={onChoice} className="w-full">
          <option value="">Any</option>
          <option value="yes">Corrected</option>
          <option value="no">Not corrected</option>
        </Select>
      </Field>
      <Field label="Disclosure" htmlFor="filter-disclosure">
        <Select key={filters.disclosure ?? ""} id="filter-disclosure" name={FILTER_PARAMS.disclosure} defaultValue={filters.disclosure ?? ""} onChange={onChoice} className="w-full">
          <option value="">Any</option>
          {DISCLOSURE_FILTERS.map((value) => <option key={value} value={value}>{DISCLOSURE_LABELS[value]}</option>)}
        </Select>
      </Field>
      {filters.labels === "ai" && <input type="hidden" name={FILTER_PARAMS.labels} value="ai" />}
      {filters.aiOutcomes?.map((value) => <input key={`o-${value}`} type="hidden" name={FILTER_PARAMS.aiOutcomes} value={value} />)}
      {filters.aiSentiments?.map((value) => <input key={`s-${value}`} type="hidden" name={FILTER_PARAMS.aiSentiments} value={value} />)}
    </>
  );
}
