import { XIcon } from "lucide-react";
import Link from "next/link";
import type { FilterChip } from "@/lib/calls/list-chips";

/** The active filters under the bar, each a link to the list without it; "Clear all" drops them all. */
export function FilterChips({ chips, clearHref }: { chips: FilterChip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <li key={chip.id} className="min-w-0 max-w-full">
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
      <li>
        <Link href={clearHref} scroll={false} className="rounded px-1.5 py-1 text-xs font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
          Clear all
        </Link>
      </li>
    </ul>
  );
}
