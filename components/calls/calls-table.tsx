import Link from "next/link";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { formatCallTime, formatDuration } from "@/lib/calls/format";
import { splitMarked } from "@/lib/calls/highlight";
import type { CallListRow } from "@/lib/calls/list-calls";
import { OutcomeBadge, SentimentBadge, StatusBadge } from "./call-badges";

type Props = { rows: CallListRow[]; timeZone: string; zoneName: string; callHref: (id: string) => string };

export function CallsTable({ rows, timeZone, zoneName, callHref }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">Calls matching the filters</caption>
        <colgroup>
          <col className="w-40" />
          <col className="w-36" />
          <col className="w-44" />
          <col className="w-28" />
          <col className="w-24" />
          <col className="w-24" />
          <col className="w-40" />
          <col />
        </colgroup>
        <thead className="border-b border-border text-left text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Time ({zoneName})</th>
            <th scope="col" className="px-3 py-2 font-medium">Number called</th>
            <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
            <th scope="col" className="px-3 py-2 font-medium">Sentiment</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Duration</th>
            <th scope="col" className="px-3 py-2 font-medium">Delivery</th>
            <th scope="col" className="px-3 py-2 font-medium">Project</th>
            <th scope="col" className="px-3 py-2 font-medium">Summary</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((call) => (
            <tr key={call.id} className="border-t border-border align-top first:border-t-0 hover:bg-background/60">
              <td className="px-3 py-2.5 whitespace-nowrap">
                <Link href={callHref(call.id)} className="font-medium text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent">
                  {formatCallTime(call.endedAt, timeZone)}
                </Link>
              </td>
              <td className="px-3 py-2.5 font-mono text-xs tabular-nums">{call.numberTo ?? "–"}</td>
              <td className="px-3 py-2.5"><OutcomeBadge outcomeKey={call.outcomeKey} label={call.callOutput} /></td>
              <td className="px-3 py-2.5"><SentimentBadge sentimentKey={call.sentimentKey} /></td>
              <td className="px-3 py-2.5 text-right tabular-nums">{formatDuration(call.durationSeconds)}</td>
              <td className="px-3 py-2.5"><StatusBadge status={call.deliveryStatus} /></td>
              <td className="truncate px-3 py-2.5 text-xs text-muted" title={call.projectId ?? undefined}>{call.projectId ?? "–"}</td>
              <td className="px-3 py-2.5 text-muted">
                <p className="line-clamp-2">{call.snippet ? <HighlightedText parts={splitMarked(call.snippet)} /> : "–"}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
