// A chart with its title, what it counts, and its numbers as a table (for screen readers, keyboards
// and anyone who wants the exact figures), each row a link to the calls behind it.
import Link from "next/link";
import type { ReactNode } from "react";

export type TableRow = { key: string; cells: string[]; href: string | null };

export function ChartCard({ id, title, definition, children, table, className = "" }: {
  id: string;
  title: string;
  definition: string;
  children: ReactNode;
  table?: { columns: string[]; rows: TableRow[] };
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-chart={id} className={`rounded-lg border border-border bg-surface p-4 ${className}`}>
      <h2 id={`${id}-title`} className="font-medium">{title}</h2>
      <p className="mb-3 text-xs text-muted">{definition}</p>
      {children}
      {table && table.rows.length > 0 && (
        <details className="mt-3 text-xs">
          <summary className="cursor-pointer text-muted hover:text-foreground">Show as a table</summary>
          <table className="mt-2 w-full">
            <thead className="text-left text-muted">
              <tr>{table.columns.map((column) => <th key={column} className="py-1 pr-3 font-normal">{column}</th>)}</tr>
            </thead>
            <tbody className="tabular-nums">
              {table.rows.map((row) => (
                <tr key={row.key} className="border-t border-border">
                  {row.cells.map((cell, index) => (
                    <td key={index} className="py-1 pr-3">
                      {index === 0 && row.href ? <Link href={row.href} className="text-accent hover:underline">{cell}</Link> : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

export function EmptyChart({ children = "No calls in this period." }: { children?: ReactNode }) {
  return <p className="flex h-40 items-center justify-center rounded-md bg-background text-sm text-muted">{children}</p>;
}
