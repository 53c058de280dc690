import { XIcon } from "lucide-react";
import Link from "next/link";
import type { FilterChip } from "@/lib/calls/list-chips";

/**
 * The active filters under the bar, each a link to the list without it; "Clear all" drops them all.
 * On a phone they are one row that scrolls sideways in itself (Clear all first), not six lines.
 */
export function FilterChips({ chips, clearHref, clearLabel = "Clear all" }: { chips: FilterChip[]; clearHref: string; clearLabel?: string }) {
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex items-center gap-2 sm:flex-wrap max-sm:-mx-4 max-sm:overflow-x-auto max-sm:px-4 max-sm:pb-1 max-sm:[scrollbar-width:none]">
      {chips.map((chip) => (
        <li key={chip.id} className="max-w-full shrink-0 sm:min-w-0 sm:shrink">
          <Link
            href={chip.href}
            scroll={false}
            aria-label={`Remove filter ${chip.name}: ${chip.value}`}
            className="inline-flex max-w-full items-center gap-1 rounded-full border border-border bg-surface py-1 pr-1.5 pl-2.5 text-xs hover:border-accent/50 hover:bg-background focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
          >
            <span className="shrink-0 text-muted">{chip.name}:</span>
            <span className="truncate font-medium">{chip.value}</span>
            <XIcon aria-hidden className="size-3.5 shrink-0 text-muted" />
          </Link>
        </li>
      ))}
      <li className="shrink-0 max-sm:order-first">
        <Link href={clearHref} scroll={false} className="rounded px-1.5 py-1 text-xs font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
          {clearLabel}
        </Link>
      </li>
    </ul>
  );
}
