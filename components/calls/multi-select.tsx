import { formatCount } from "@/lib/calls/format";

export type Option = { value: string; label: string; count?: number };

/**
 * A multi-select that needs no script: checkboxes in a disclosure, submitted with the filter form
 * as repeated parameters (`outcome=a&outcome=b`). Keyboard: Tab to the summary, Enter opens, Space ticks.
 */
export function MultiSelect({ name, label, options, selected }: { name: string; label: string; options: Option[]; selected: string[] }) {
  const summary = selected.length === 0 ? "Any" : selected.length === 1 ? (options.find((o) => o.value === selected[0])?.label ?? selected[0]) : `${selected.length} selected`;
  return (
    <div className="flex flex-col gap-1">
      <span id={`${name}-label`} className="text-xs font-medium text-muted">{label}</span>
      <details className="group relative">
        <summary
          aria-labelledby={`${name}-label ${name}-value`}
          className="flex h-9 min-w-40 cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-border bg-surface px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-accent"
        >
          <span id={`${name}-value`} className="truncate">{summary}</span>
          <span aria-hidden className="text-muted group-open:rotate-180">▾</span>
        </summary>
        <fieldset className="absolute z-20 mt-1 max-h-80 w-72 overflow-y-auto rounded-md border border-border bg-surface p-1 shadow-lg">
          <legend className="sr-only">{label}</legend>
          {options.length === 0 && <p className="px-2 py-1.5 text-sm text-muted">No values in the data yet.</p>}
          {options.map((option) => (
            <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-background">
              <input type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="accent-(--accent)" />
              <span className="flex-1 truncate">{option.label}</span>
              {option.count !== undefined && <span className="text-xs tabular-nums text-muted">{formatCount(option.count)}</span>}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
