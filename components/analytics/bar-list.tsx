// A list of labelled bars (outcomes, sentiments, projects) in plain HTML: the count is written
// beside every bar, the text wraps at any width, and each row is a real link to its calls.
import Link from "next/link";
import type { BarRow } from "@/lib/analytics/bar-rows";

type Props = { rows: BarRow[]; label: string; colourOf: (key: string) => string; swatch?: boolean };

export function BarList({ rows, label, colourOf, swatch = false }: Props) {
  return (
    <ul aria-label={label} className="space-y-1">
      {rows.map((row) => {
        const body = (
          <>
            <span className="flex items-baseline justify-between gap-3">
              <span className="flex min-w-0 items-center gap-1.5">
                {swatch && <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ background: colourOf(row.key) }} />}
                <span className="truncate">{row.label}</span>
              </span>
              <span data-count className="shrink-0 text-xs text-muted tabular-nums">{row.valueText}</span>
            </span>
            <span aria-hidden className="mt-1 block h-2.5 overflow-hidden rounded-sm bg-background">
              {row.fill !== null && <span className="block h-full rounded-sm" style={{ width: `${Math.max(row.fill * 100, row.fill > 0 ? 1 : 0)}%`, background: colourOf(row.key) }} />}
            </span>
          </>
        );
        return (
          <li key={row.key} data-bar={row.key} title={row.detail} className="text-sm">
            {row.href ? (
              <Link href={row.href} className="block rounded-md px-1.5 py-1 hover:bg-background focus-visible:outline-2 focus-visible:outline-accent">
                {body}
              </Link>
            ) : (
              <div className="px-1.5 py-1">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
