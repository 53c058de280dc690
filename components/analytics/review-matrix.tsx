// The confusion matrix as a table: AI labels as row headers, reviewed labels as column headers,
// the diagonal (agreement) outlined, a shade for each cell's share of the busiest one.
import Link from "next/link";
import { formatCount } from "@/lib/analytics/format";
import type { MatrixView } from "@/lib/reviews/stats-view";
import { cn } from "@/lib/utils";

export function ReviewMatrix({ matrix, kind }: { matrix: MatrixView; kind: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">Reviewed calls by AI {kind} (rows) and reviewed {kind} (columns)</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="p-2 text-left font-normal">AI ↓ · Reviewed →</th>
            {matrix.columns.map((column) => <th key={column.key} scope="col" className="p-2 text-right font-normal">{column.label}</th>)}
            <th scope="col" className="p-2 text-right font-normal">All</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} className="border-t border-border">
              <th scope="row" className="p-2 text-left font-normal">{row.label}</th>
              {row.cells.map((cell) => {
                const shade = matrix.maxCalls ? Math.round((cell.calls / matrix.maxCalls) * 60) : 0;
                return (
                  <td key={cell.key} data-cell={`${row.key}>${cell.key}`} className={cn("p-0 text-right", cell.agrees && "outline outline-1 -outline-offset-1 outline-foreground/40")}
                    style={{ background: `color-mix(in oklch, var(--chart-2) ${shade}%, transparent)` }}>
                    {cell.href ? (
                      <Link href={cell.href} className="block p-2 hover:underline">{cell.text}</Link>
                    ) : (
                      <span className="block p-2 text-muted">{cell.text}</span>
                    )}
                  </td>
                );
              })}
              <td className="p-2 text-right font-medium">{formatCount(row.total)}</td>
            </tr>
          ))}
          <tr className="border-t border-border text-muted">
            <th scope="row" className="p-2 text-left font-normal">All</th>
            {matrix.columns.map((column) => <td key={column.key} className="p-2 text-right">{formatCount(column.total)}</td>)}
            <td className="p-2 text-right font-medium text-foreground">{formatCount(matrix.reviewed)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
