// A chart with its title, what it counts, and its numbers as a table (for screen readers, keyboards
// and anyone who wants the exact figures), each number a link to the calls behind it.
import Link from "next/link";
import type { ReactNode } from "react";
import type { ChartTable } from "@/lib/analytics/chart-tables";
import { cn } from "@/lib/utils";

export function ChartCard({ id, title, definition, children, table, className = "" }: {
  id: string;
  title: string;
  definition: string;
  children: ReactNode;
  table?: ChartTable;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-chart={id} className={cn("min-w-0 rounded-lg border border-border bg-surface p-4", className)}>
      <h2 id={`${id}-title`} className="font-medium">{title}</h2>
      <p className="mb-3 text-xs text-muted">{definition}</p>
      {children}
      {table && table.rows.length > 0 && (
        <details className="mt-3 text-xs">
          <summary className="cursor-pointer text-muted hover:text-foreground">Show as a table</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full">
              <thead className="text-left text-muted">
                <tr>{table.columns.map((column) => <th key={column} scope="col" className="py-1 pr-3 font-normal whitespace-nowrap">{column}</th>)}</tr>
              </thead>
              <tbody className="tabular-nums">
                {table.rows.map((row) => (
                  <tr key={row.key} data-partial={row.partial || undefined} className={cn("border-t border-border", row.partial && "text-muted")}>
                    {row.cells.map((cell, index) => (
                      <td key={index} className="py-1 pr-3 whitespace-nowrap">
                        {cell.href ? <Link href={cell.href} className="text-accent hover:underline">{cell.text}</Link> : cell.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

export function EmptyChart({ children = "No calls in this period." }: { children?: ReactNode }) {
  return <p className="flex h-40 items-center justify-center rounded-md bg-background text-sm text-muted">{children}</p>;
}
