// Outcome x sentiment as a heatmap table: the cell's shade is its share of the busiest cell, each
// non-empty cell links to exactly its calls. A real table, so it reads well with a screen reader.
import Link from "next/link";
import { formatCount } from "@/lib/analytics/format";
import type { OutcomeSentimentMatrix } from "@/lib/analytics/distributions";

export function OutcomeSentimentTable({ matrix }: { matrix: OutcomeSentimentMatrix }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="p-2 text-left font-normal">Outcome</th>
            {matrix.sentiments.map((sentiment) => <th key={sentiment.key} scope="col" className="p-2 text-right font-normal">{sentiment.label}</th>)}
            <th scope="col" className="p-2 text-right font-normal">All</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map(({ outcome, cells }) => (
            <tr key={outcome.key} className="border-t border-border">
              <th scope="row" className="p-2 text-left font-normal">{outcome.label}</th>
              {cells.map((cell) => {
                const shade = matrix.maxCalls ? Math.round((cell.calls / matrix.maxCalls) * 60) : 0;
                const label = `${formatCount(cell.calls)}`;
                return (
                  <td key={cell.sentiment} className="p-0 text-right" style={{ background: `color-mix(in oklch, var(--chart-2) ${shade}%, transparent)` }}>
                    {cell.href ? (
                      <Link href={cell.href} className="block p-2 hover:underline" title={`${(cell.shareOfRow * 100).toFixed(1)}% of ${outcome.label}`}>{label}</Link>
                    ) : (
                      <span className="block p-2 text-muted">{label}</span>
                    )}
                  </td>
                );
              })}
              <td className="p-2 text-right font-medium">{formatCount(outcome.calls)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
