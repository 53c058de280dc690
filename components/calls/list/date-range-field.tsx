"use client";
// The date range as one control: presets apply at once; a custom range is two day fields with the
// chosen days written out beside them as the list writes dates ("01 Dec 2026"), since a browser's
// date input shows its own locale's format (mm/dd/yyyy).
import { CalendarIcon, CheckIcon, ChevronDownIcon } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { RANGE_LABELS, RANGE_PRESETS, type DateRange, type RangePreset } from "@/lib/calls/date-range";
import { formatDateRange, formatDateRangeShort, formatDay } from "@/lib/calls/format-day";
import { cn } from "@/lib/utils";

type Props = {
  range: DateRange;
  onPreset: (preset: RangePreset) => void;
  onDays: (from: string, to: string) => void;
  className?: string;
};

const PRESETS = RANGE_PRESETS.filter((preset) => preset !== "custom");

function DayField({ label, value, onChange, min, max, onEnter }: { label: string; value: string; onChange: (v: string) => void; min?: string; max?: string; onEnter: () => void }) {
  const id = useId();
  return (
    <div className="grid grid-cols-[3rem_minmax(0,1fr)] items-center gap-x-2 gap-y-0.5">
      <label htmlFor={id} className="text-xs font-medium text-muted">{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onEnter();
        }}
        aria-describedby={`${id}-day`}
        className={`${fieldClass} w-full`}
      />
      <span id={`${id}-day`} className="col-start-2 text-xs text-muted" aria-live="polite">
        {value ? formatDay(value) : "Any day"}
      </span>
    </div>
  );
}

export function DateRangeField({ range, onPreset, onDays, className }: Props) {
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState({ from: range.from ?? "", to: range.to ?? "" });
  const labelId = useId();
  const applyDays = () => {
    if (!days.from && !days.to) return;
    onDays(days.from, days.to);
    setOpen(false);
  };

  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <span id={labelId} className="text-xs font-medium text-muted">Date range</span>
      <Popover
        open={open}
        onOpenChange={(next) => {
          // Each opening starts from the range in the URL, not from days typed and abandoned.
          if (next) setDays({ from: range.from ?? "", to: range.to ?? "" });
          setOpen(next);
        }}
      >
        <PopoverTrigger
          aria-labelledby={`${labelId} ${labelId}-value`}
          className="flex h-9 w-full items-center gap-2 rounded-md border border-border bg-surface px-2.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
        >
          <CalendarIcon aria-hidden className="size-4 shrink-0 text-muted max-sm:hidden" />
          <span id={`${labelId}-value`} className="min-w-0 flex-1 truncate" title={formatDateRange(range)}>{formatDateRangeShort(range)}</span>
          <ChevronDownIcon aria-hidden className="size-4 shrink-0 text-muted" />
        </PopoverTrigger>
        <PopoverContent className="w-80 p-0" aria-label="Date range">
          <div role="group" aria-label="Presets" className="p-1">
            {PRESETS.map((preset) => {
              const chosen = range.preset === preset;
              return (
                <button
                  key={preset}
                  type="button"
                  aria-pressed={chosen}
                  onClick={() => {
                    onPreset(preset);
                    setOpen(false);
                  }}
                  className="flex w-full items-center justify-between rounded-sm px-2 py-1.5 text-left text-sm hover:bg-background focus-visible:bg-background focus-visible:outline-none"
                >
                  {RANGE_LABELS[preset]}
                  {chosen && <CheckIcon aria-hidden className="size-4 text-accent" />}
                </button>
              );
            })}
          </div>
          <div role="group" aria-labelledby={`${labelId}-custom`} className="space-y-2 border-t border-border p-3">
            <p id={`${labelId}-custom`} className="text-xs font-medium">Custom range</p>
            <DayField label="From" value={days.from} max={days.to || undefined} onChange={(from) => setDays({ ...days, from })} onEnter={applyDays} />
            <DayField label="To" value={days.to} min={days.from || undefined} onChange={(to) => setDays({ ...days, to })} onEnter={applyDays} />
            <div className="flex justify-end">
              <Button variant="primary" onClick={applyDays} disabled={!days.from && !days.to}>Apply dates</Button>
            </div>
          </div>
        </PopoverContent>
      </Popover>
    </div>
  );
}
