"use client";
// The filter bar: search, outcome, sentiment and date range always in view, the rest under "More
// filters". Every change applies by navigating to the list's URL for the form (list-form.ts), so
// the URL stays the whole view and Back/Forward and shared links just work. Choices show at once
// (useOptimistic) while the new page loads. Without JavaScript it is a plain GET form.
import { LoaderCircleIcon, SlidersHorizontalIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { MultiCombobox, type ComboOption } from "@/components/ui/multi-combobox";
import type { DateRange } from "@/lib/calls/date-range";
import { FILTER_PARAMS, type CallFilters } from "@/lib/calls/filters";
import type { LabelCount } from "@/lib/calls/label-counts";
import { listQueryFromForm } from "@/lib/calls/list-form";
import type { ListPosition } from "@/lib/calls/list-params";
import { labelForKey } from "@/lib/calls/outcome";
import { colourOf } from "@/lib/calls/palette";
import { DateRangeField } from "./list/date-range-field";
import { MoreFilters, moreFilterCount } from "./list/more-filters";
import type { ReviewFilterOptions } from "./list/review-filter-fields";
import { SearchBox } from "./search-box";

type Props = {
  filters: CallFilters;
  position: ListPosition;
  outcomeCounts: LabelCount[];
  sentimentCounts: LabelCount[];
  projectCounts: LabelCount[];
  reviewOptions: ReviewFilterOptions;
};

type Choices = Pick<CallFilters, "outcomes" | "sentiments" | "projects"> & { range: DateRange };

function optionsOf(counts: LabelCount[], selected: string[], options: { label?: (key: string) => string; dot?: boolean } = {}): ComboOption[] {
  const label = options.label ?? labelForKey;
  const keys = [...counts.map((c) => c.key), ...selected.filter((key) => !counts.some((c) => c.key === key))];
  return keys.map((key) => ({
    value: key,
    label: label(key),
    count: counts.find((c) => c.key === key)?.count ?? 0,
    ...(counts.find((c) => c.key === key)?.approximate && { approximate: true }),
    ...(options.dot && { marker: <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: colourOf(key) }} /> }),
  }));
}

export function FilterForm({ filters, position, outcomeCounts, sentimentCounts, projectCounts, reviewOptions }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [choices, choose] = useOptimistic<Choices, Partial<Choices>>(
    { outcomes: filters.outcomes, sentiments: filters.sentiments, projects: filters.projects, range: filters.range },
    (current, change) => ({ ...current, ...change }),
  );
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();

  /** Navigate to the form's view; `overrides` replace fields whose new value is not in the DOM yet. */
  const apply = (overrides: Record<string, string[]> = {}, change: Partial<Choices> = {}, history: "push" | "replace" = "push") => {
    if (!form.current) return;
    const href = listQueryFromForm(new FormData(form.current), overrides);
    startTransition(() => {
      choose(change);
      if (history === "replace") router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  };
  const more = moreFilterCount(filters);

  return (
    <form
      ref={form}
      action="/calls"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      aria-label="Filter calls"
      data-pending={pending ? "" : undefined}
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-3"
    >
      <div className="grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap sm:gap-3">
        <div className="col-span-2 flex min-w-0 flex-col gap-1 sm:min-w-64 sm:flex-1">
          <label htmlFor="call-search" className="text-xs font-medium text-muted">Search</label>
          <SearchBox defaultValue={filters.q ?? ""} onPause={() => apply({}, {}, "replace")} />
        </div>
        <MultiCombobox
          label="Outcome"
          name={FILTER_PARAMS.outcomes}
          options={optionsOf(outcomeCounts, choices.outcomes, { dot: true })}
          selected={choices.outcomes}
          onSelectedChange={(outcomes) => apply({ [FILTER_PARAMS.outcomes]: outcomes }, { outcomes })}
          maxChips={1}
          className="sm:w-56"
        />
        <MultiCombobox
          label="Sentiment"
          name={FILTER_PARAMS.sentiments}
          options={optionsOf(sentimentCounts, choices.sentiments, { dot: true })}
          selected={choices.sentiments}
          onSelectedChange={(sentiments) => apply({ [FILTER_PARAMS.sentiments]: sentiments }, { sentiments })}
          maxChips={1}
          className="sm:w-48"
        />
        {/* The range as the URL says it: presets and custom days never both apply. */}
        {choices.range.preset === "custom"
          ? [choices.range.from, choices.range.to].map((day, i) => day && <input key={i} type="hidden" name={i ? FILTER_PARAMS.to : FILTER_PARAMS.from} value={day} />)
          : <input type="hidden" name={FILTER_PARAMS.range} value={choices.range.preset} />}
        <DateRangeField
          range={choices.range}
          onPreset={(preset) => apply({ [FILTER_PARAMS.range]: [preset], [FILTER_PARAMS.from]: [], [FILTER_PARAMS.to]: [] }, { range: { preset } })}
          onDays={(from, to) =>
            apply({ [FILTER_PARAMS.range]: [], [FILTER_PARAMS.from]: [from], [FILTER_PARAMS.to]: [to] }, { range: { preset: "custom", ...(from && { from }), ...(to && { to }) } })
          }
          className="sm:w-60"
        />
        <Button
          variant="secondary"
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen(!moreOpen)}
          className={moreOpen ? "bg-background" : ""}
        >
          <SlidersHorizontalIcon aria-hidden className="size-4" />
          More filters
          {more > 0 && <span className="rounded-full bg-accent px-1.5 text-xs text-accent-foreground tabular-nums" aria-label={`(${more} on)`}>{more}</span>}
        </Button>
        <span aria-live="polite" className="flex h-9 items-center text-xs text-muted max-sm:col-span-2 max-sm:h-auto max-sm:empty:hidden">
          {pending && (
            <>
              <LoaderCircleIcon aria-hidden className="mr-1 size-4 animate-spin" />
              Updating…
            </>
          )}
        </span>
      </div>
      <MoreFilters
        id={moreId}
        open={moreOpen}
        filters={filters}
        position={position}
        projects={optionsOf(projectCounts, choices.projects, { label: (key) => key })}
        selectedProjects={choices.projects}
        onProjects={(projects) => apply({ [FILTER_PARAMS.projects]: projects }, { projects })}
        reviewOptions={reviewOptions}
        onList={(name, values) => apply({ [name]: values })}
        onChoice={() => apply()}
      />
    </form>
  );
}
