import Link from "next/link";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { formatCallTime, formatDuration } from "@/lib/calls/format";
import { splitMarked } from "@/lib/calls/highlight";
import type { CallListRow } from "@/lib/calls/list-calls";
import { rowAnchor } from "@/lib/calls/list-params";
import type { SnippetSource } from "@/lib/calls/list-snippet";
import { ContactLink } from "@/components/contacts/contact-link";
import { OutcomeBadge, SentimentBadge, StatusBadge } from "./call-badges";
import { ReviewCell } from "./list/review-cell";
import { PageCheckbox, RowCheckbox } from "./list/selection";

/** `selectable`: a checkbox per row for the bulk bar (inside a SelectionProvider). */
type Props = { rows: CallListRow[]; timeZone: string; zoneName: string; callHref: (id: string) => string; selectable?: boolean };

const SOURCE_LABELS: Partial<Record<SnippetSource, string>> = { reasoning: "AI reasoning", customer: "Customer" };

// Columns give way by priority: the summary shrinks first (the only column that wraps), then
// project and delivery, then duration leave at narrower widths; under `md` each call is a card.
// Every cell sits on the row's text baseline.
const cell = "px-2 py-2.5 lg:px-3 align-baseline max-md:p-0";
const th = "px-2 py-2 lg:px-3 font-medium whitespace-nowrap";

function Summary({ call }: { call: CallListRow }) {
  if (!call.snippet) return <span aria-label="No summary">–</span>;
  const source = call.snippetSource ? SOURCE_LABELS[call.snippetSource] : undefined;
  return (
    <p className="line-clamp-2 [overflow-wrap:anywhere]">
      {source && <span className="font-medium text-foreground/70">{source}: </span>}
      <HighlightedText parts={splitMarked(call.snippet)} />
    </p>
  );
}

/**
 * The calls of one page. The whole row opens the call: the first cell's link stretches over the
 * row (`after:inset-0`), so it stays a real link (middle-click, copy address) with one tab stop.
 */
export function CallsTable({ rows, timeZone, zoneName, callHref, selectable = false }: Props) {
  return (
    <div className="rounded-lg border border-border bg-surface md:overflow-x-auto max-md:border-0 max-md:bg-transparent">
      <table className="w-full text-sm max-md:block">
        <caption className="sr-only">Calls matching the filters</caption>
        <thead className="border-b border-border text-left text-xs uppercase tracking-wide text-muted max-md:sr-only">
          <tr>
            <th scope="col" className={th}>
              {/* The checkbox shares the first column, so the columns keep their places. */}
              {selectable && <span className="mr-3 inline-block align-[-0.2em]"><PageCheckbox /></span>}
              Time ({zoneName})
            </th>
            <th scope="col" className={th}>Number called</th>
            <th scope="col" className={th}>Outcome</th>
            <th scope="col" className={th}>Sentiment</th>
            <th scope="col" className={th}>Review</th>
            <th scope="col" className={`${th} hidden text-right lg:table-cell`}>Duration</th>
            <th scope="col" className={`${th} hidden xl:table-cell`}>Delivery</th>
            <th scope="col" className={`${th} hidden xl:table-cell`}>Project</th>
            <th scope="col" className={`${th} w-full`}>Summary</th>
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-2">
          {rows.map((call) => (
            <tr
              key={call.id}
              id={rowAnchor(call.id)}
              data-call-row
              className="group relative scroll-mt-4 border-t border-border first:border-t-0 hover:bg-background/70 data-highlighted:bg-accent/6 max-md:flex max-md:flex-wrap max-md:items-baseline max-md:gap-x-2 max-md:gap-y-1.5 max-md:rounded-lg max-md:border max-md:bg-surface max-md:p-3 max-md:first:border-t"
            >
              <td className={`${cell} whitespace-nowrap group-data-highlighted:shadow-[inset_3px_0_0_var(--accent)] max-md:order-1 max-md:flex-1 max-md:group-data-highlighted:shadow-none`}>
                {selectable && (
                  <RowCheckbox id={call.id} label={`Select the call of ${formatCallTime(call.endedAt, timeZone)} to ${call.numberTo ?? "an unknown number"}`} className="mr-1" />
                )}
                <Link
                  href={callHref(call.id)}
                  data-row-link
                  className="font-medium text-accent underline-offset-2 outline-none after:absolute after:inset-0 after:rounded-[inherit] hover:underline focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-accent max-md:after:rounded-lg"
                >
                  {formatCallTime(call.endedAt, timeZone)}
                </Link>
              </td>
              <td className={`${cell} whitespace-nowrap tabular-nums max-md:order-3 max-md:basis-full max-md:text-muted`}>
                {/* Above the row's stretched link, so the number opens its contact. */}
                {call.numberTo ? <ContactLink number={call.numberTo} className="relative z-10 text-foreground">{call.numberTo}</ContactLink> : "–"}
              </td>
              <td className={`${cell} whitespace-nowrap max-md:order-4`}>
                <span className="inline-block max-w-56 align-baseline"><OutcomeBadge outcomeKey={call.outcomeKey} label={call.callOutput} /></span>
              </td>
              <td className={`${cell} whitespace-nowrap max-md:order-5`}><SentimentBadge sentimentKey={call.sentimentKey} /></td>
              <td className={`${cell} max-md:order-5`}><ReviewCell call={call} /></td>
              <td className={`${cell} hidden whitespace-nowrap text-right tabular-nums lg:table-cell max-md:order-2 max-md:block max-md:text-muted`}>{formatDuration(call.durationSeconds)}</td>
              <td className={`${cell} hidden whitespace-nowrap xl:table-cell`}><StatusBadge status={call.deliveryStatus} /></td>
              <td className={`${cell} hidden text-xs text-muted xl:table-cell`}>
                <span className="block max-w-44 truncate" title={call.projectId ?? undefined}>{call.projectId ?? "–"}</span>
              </td>
              <td className={`${cell} min-w-32 text-muted lg:min-w-48 max-md:order-6 max-md:min-w-0 max-md:basis-full`}><Summary call={call} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
