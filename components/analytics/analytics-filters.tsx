"use client";
// The analytics filters: the calls list's URL parameters (range/from/to, project, outcome,
// sentiment) plus the chart grouping. A GET form, so it works without JavaScript too; with it, a
// change applies at once. Filters this form has no field for (duration, search...) ride along hidden.
import Form from "next/form";
import { useId, useState, type ChangeEvent } from "react";
import type { FilterFormValues, Option } from "@/lib/analytics/filter-form";
import { RANGE_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/calls/date-range";

const field = "rounded-md border border-border bg-surface px-2 py-1.5 text-sm";

function Select({ name, label, value, options, all, onChange }: { name: string; label: string; value: string; options: Option[]; all?: string; onChange: (e: ChangeEvent<HTMLSelectElement>) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-xs text-muted">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} className={field} onChange={onChange}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

export function AnalyticsFilters({ values, projects, outcomes, sentiments }: { values: FilterFormValues; projects: Option[]; outcomes: Option[]; sentiments: Option[] }) {
  const [range, setRange] = useState<RangePreset>(values.range);
  const submit = (event: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => event.currentTarget.form?.requestSubmit();
  const custom = range === "custom";
  return (
    <Form action="/analytics" aria-label="Filters" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-3">
      <Select name="range" label="Date range" value={values.range} options={RANGE_PRESETS.map((p) => ({ value: p, label: RANGE_LABELS[p] }))}
        onChange={(event) => {
          const next = RANGE_PRESETS.find((p) => p === event.currentTarget.value) ?? "30d";
          setRange(next);
          if (next !== "custom") submit(event);
        }} />
      {/* Disabled fields are not sent, so a preset is never overridden by stale dates. */}
      <label className="flex flex-col gap-1 text-xs text-muted" hidden={!custom}>
        From
        <input type="date" name="from" defaultValue={values.from} disabled={!custom} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-xs text-muted" hidden={!custom}>
        To
        <input type="date" name="to" defaultValue={values.to} disabled={!custom} className={field} />
      </label>
      <Select name="project" label="Project" value={values.project} options={projects} all="All projects" onChange={submit} />
      <Select name="outcome" label="Outcome" value={values.outcome} options={outcomes} all="All outcomes" onChange={submit} />
      <Select name="sentiment" label="Sentiment" value={values.sentiment} options={sentiments} all="All sentiments" onChange={submit} />
      <Select name="group" label="Group by" value={values.group} options={[{ value: "day", label: "Day" }, { value: "week", label: "Week" }, { value: "month", label: "Month" }]} onChange={submit} />
      {values.hidden.map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />)}
      <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-foreground">Apply</button>
    </Form>
  );
}
