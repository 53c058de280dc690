"use client";
// A searchable multi-select: a popover with a filterable command list, the chosen values as chips on
// the trigger. Escape, a click outside and Tab close it (Radix). It works inside a plain form too:
// each chosen value is a hidden input named `name` (`outcome=a&outcome=b`).
import { CheckIcon, ChevronDownIcon } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { formatCount } from "@/lib/calls/format";
import { cn } from "@/lib/utils";

/** `approximate`: the count is an estimate, shown with "~". */
export type ComboOption = { value: string; label: string; count?: number; approximate?: boolean; marker?: ReactNode };

type Props = {
  label: string;
  options: ComboOption[];
  selected: string[];
  onSelectedChange: (next: string[]) => void;
  name?: string;
  placeholder?: string;
  /** Chips shown on the trigger before "+N". */
  maxChips?: number;
  className?: string;
  /** Told when the popover opens or closes (e.g. to apply the choice on close). */
  onOpenChange?: (open: boolean) => void;
};

export function MultiCombobox({ label, options, selected, onSelectedChange, name, placeholder = "Any", maxChips = 2, className, onOpenChange }: Props) {
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;
  const toggle = (value: string) => onSelectedChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  const shown = selected.slice(0, maxChips);
  const hidden = selected.length - shown.length;

  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <span id={labelId} className="text-xs font-medium text-muted">
        {label}
      </span>
      {name && selected.map((value) => <input key={value} type="hidden" name={name} value={value} />)}
      <Popover open={open} onOpenChange={(next) => { setOpen(next); onOpenChange?.(next); }}>
        <PopoverTrigger
          // The name is the label and the visible value ("Outcome Any"), so speech input can say what it reads.
          aria-labelledby={`${labelId} ${labelId}-value`}
          className="flex h-9 w-full min-w-36 items-center justify-between gap-2 rounded-md border border-border bg-surface px-2.5 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
        >
          <span id={`${labelId}-value`} className="flex min-w-0 flex-1 items-center gap-1 overflow-hidden">
            {selected.length === 0 && <span className="text-muted">{placeholder}</span>}
            {shown.map((value) => (
              <span key={value} className="max-w-32 truncate rounded bg-background px-1.5 py-0.5 text-xs font-medium">
                {labelOf(value)}
              </span>
            ))}
            {hidden > 0 && <span className="shrink-0 text-xs text-muted">+{hidden}</span>}
          </span>
          <ChevronDownIcon aria-hidden className="size-4 shrink-0 text-muted" />
        </PopoverTrigger>
        <PopoverContent className="w-72 p-0" aria-label={label}>
          <Command>
            <CommandInput placeholder={`Search ${label.toLowerCase()}…`} aria-label={`Search ${label.toLowerCase()}`} />
            <CommandList>
              <CommandEmpty>{options.length === 0 ? "No values in the data yet." : "No match."}</CommandEmpty>
              <CommandGroup>
                {options.map((option) => {
                  const checked = selected.includes(option.value);
                  return (
                    <CommandItem key={option.value} value={`${option.label} ${option.value}`} onSelect={() => toggle(option.value)} aria-checked={checked}>
                      <span className={cn("flex size-4 items-center justify-center rounded-sm border border-border", checked && "border-accent bg-accent text-accent-foreground")}>
                        {checked && <CheckIcon className="size-3 text-accent-foreground" />}
                      </span>
                      {option.marker}
                      <span className="flex-1 truncate">{option.label}</span>
                      {option.count !== undefined && <span className="text-xs tabular-nums text-muted">{option.approximate && "~"}{formatCount(option.count)}</span>}
                    </CommandItem>
                  );
                })}
              </CommandGroup>
            </CommandList>
            {selected.length > 0 && (
              <button type="button" onClick={() => onSelectedChange([])} className="border-t border-border px-3 py-2 text-left text-sm text-muted hover:text-foreground">
                Clear {label.toLowerCase()}
              </button>
            )}
          </Command>
        </PopoverContent>
      </Popover>
    </div>
  );
}
