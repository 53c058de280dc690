"use client";
// The analytics filters: the calls list's URL parameters (range/from/to, project, outcome,
// sentiment) plus the chart grouping, as a GET form: the URL is the whole view. A choice applies at
// once (a multi-select when it closes, custom dates with Apply). Filters this form has no field
// for (duration, search...) ride along hidden.
import Form from "next/form";
import { useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { MultiCombobox, type ComboOption } from "@/components/ui/multi-combobox";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { GROUP_OPTIONS, RANGE_OPTIONS, type FilterFormValues, type Option } from "@/lib/analytics/filter-form";
import { RANGE_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/calls/date-range";
import { FILTER_PARAMS } from "@/lib/calls/filters";
import { GROUP_PARAM } from "@/lib/analytics/grain";
import { colourOf } from "@/lib/calls/palette";

type Props = { values: FilterFormValues; projects: Option[]; outcomes: Option[]; sentiments: Option[] };

const withSwatch = (options: Option[]): ComboOption[] =>
  options.map((o) => ({ ...o, marker: <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ background: colourOf(o.value) }} /> }));

export function AnalyticsFilters({ values, projects, outcomes, sentiments }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const rangeId = useId();
  const [range, setRange] = useState<RangePreset>(values.range);
  const [chosen, setChosen] = useState({ projects: values.projects, outcomes: values.outcomes, sentiments: values.sentiments });
  // The hidden inputs of a multi-select render with its new value first, then the form is sent.
  const submit = () => requestAnimationFrame(() => form.current?.requestSubmit());
  const custom = range === "custom";

  const multi = (key: keyof typeof chosen, name: string, label: string, options: ComboOption[], placeholder: string) => (
    <MultiCombobox
      name={name}
      label={label}
      options={options}
      selected={chosen[key]}
      placeholder={placeholder}
      maxChips={1}
      onSelectedChange={(next) => setChosen({ ...chosen, [key]: next })}
      onOpenChange={(open) => {
        if (!open && chosen[key].join(",") !== values[key].join(",")) submit();
      }}
    />
  );

  return (
    <Form ref={form} action="/analytics" aria-label="Filters" className="grid grid-cols-2 items-end gap-3 rounded-lg border border-border bg-surface p-3 sm:flex sm:flex-wrap">
      <div className="flex min-w-0 flex-col gap-1 sm:w-40">
        <span id={rangeId} className="text-xs font-medium text-muted">Date range</span>
        <Select
          name={FILTER_PARAMS.range}
          value={range}
          onValueChange={(value) => {
            const next = RANGE_PRESETS.find((p) => p === value) ?? "30d";
            setRange(next);
            if (next !== "custom") submit();
          }}
        >
          <SelectTrigger aria-labelledby={rangeId}>
            {/* The label given, not looked up from the items: the server's HTML shows it before hydration. */}
            <SelectValue>{RANGE_LABELS[range]}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            {RANGE_OPTIONS.map((o) => <SelectItem key={o.value} value={o.value}>{o.label}</SelectItem>)}
          </SelectContent>
        </Select>
      </div>
      <GroupToggle value={values.group} onChange={submit} />
      {/* Disabled fields are not sent, so a preset is never overridden by stale dates. */}
      {custom && (
        <>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-muted">
            From
            <Input type="date" name={FILTER_PARAMS.from} defaultValue={values.from} className="w-full sm:w-40" />
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-muted">
            To
            <Input type="date" name={FILTER_PARAMS.to} defaultValue={values.to} className="w-full sm:w-40" />
          </label>
        </>
      )}
      <div className="col-span-2 sm:w-48">{multi("projects", FILTER_PARAMS.projects, "Project", projects, "All projects")}</div>
      {multi("outcomes", FILTER_PARAMS.outcomes, "Outcome", withSwatch(outcomes), "All outcomes")}
      {multi("sentiments", FILTER_PARAMS.sentiments, "Sentiment", withSwatch(sentiments), "All sentiments")}
      {values.hidden.map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />)}
      {custom && (
        <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-accent-foreground">
          Apply
        </button>
      )}
    </Form>
  );
}

const SEGMENT = [
  "flex flex-1 cursor-pointer items-center justify-center rounded px-2 text-sm text-muted sm:px-2.5",
  "has-checked:bg-surface has-checked:font-medium has-checked:text-foreground has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-accent",
].join(" ");

/** Day, week or month: three radio buttons that look like a segmented control (and work without JavaScript). */
function GroupToggle({ value, onChange }: { value: string; onChange: () => void }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <span id={id} className="text-xs font-medium text-muted">Group by</span>
      <div role="radiogroup" aria-labelledby={id} className="flex h-9 rounded-md border border-border bg-background p-0.5">
        {GROUP_OPTIONS.map((o) => (
          <label key={o.value} className={SEGMENT}>
            <input type="radio" name={GROUP_PARAM} value={o.value} defaultChecked={o.value === value} onChange={onChange} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </div>
  );
}
