import Link from "next/link";
import type { ActionState } from "@/lib/http/action-state";
import type { listRecentDeliveries } from "@/lib/webhooks/levers/deliveries";
import { DeadLetterActions } from "./dead-letter-actions";

type Delivery = Awaited<ReturnType<typeof listRecentDeliveries>>["deliveries"][number];

const time = (at: Date) => at.toISOString().replace("T", " ").slice(0, 19);

/** A correctly signed delivery we refused, kept whole: open until replayed or dismissed. */
function DeadLetterBadge({ delivery }: { delivery: Delivery }) {
  const by =
    delivery.deadLetter === "replayed"
      ? ` by ${delivery.replayedBy ?? "?"} (${delivery.replayResult ?? ""})`
      : delivery.deadLetter === "dismissed"
        ? ` by ${delivery.dismissedBy ?? "?"}`
        : "";
  return <p className="mt-1 whitespace-nowrap text-xs font-medium text-danger">dead letter: {delivery.deadLetter}{by}</p>;
}

/** Unsigned requests are counted per minute and source address, one row each. */
function RequestCount({ delivery }: { delivery: Delivery }) {
  return (
    <p className="mt-1 text-xs text-muted">
      {delivery.requestCount.toLocaleString("en-US")} unsigned request{delivery.requestCount === 1 ? "" : "s"} from <code>{delivery.sourceAddress}</code>, the last at {time(delivery.lastReceivedAt)}
    </p>
  );
}

const resultTone: Record<string, string> = {
  created: "text-foreground",
  updated: "text-foreground",
  duplicate: "text-muted",
  stale: "text-muted",
  ignored: "text-muted",
  rejected: "text-danger font-medium",
};

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
/** Given to admins only: replay and dismiss for open dead letters. */
type DeadLetterCommands = { replay: Action; dismiss: Action };

export function DeliveriesTable({ deliveries, commands }: { deliveries: Delivery[]; commands?: DeadLetterCommands }) {
  return (
    // On a phone the table scrolls inside its box; the page itself never scrolls sideways.
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
    <table className="w-full text-sm">
      <thead className="text-left text-muted">
        <tr>
          <th className="p-2">Received</th>
          <th className="p-2">Status</th>
          <th className="p-2">Result</th>
          <th className="p-2">Reason</th>
          <th className="p-2">svix-id</th>
          <th className="p-2">Event</th>
          <th className="p-2 text-right">Bytes</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={String(delivery.id)} className="border-t border-border align-top">
            <td className="whitespace-nowrap p-2">{time(delivery.receivedAt)}</td>
            <td className="p-2 tabular-nums">{delivery.statusCode}</td>
            <td className={`p-2 ${resultTone[delivery.result] ?? ""}`}>
              {delivery.callId ? <Link href={`/calls/${delivery.callId}`} className="underline">{delivery.result}</Link> : delivery.result}
              {delivery.deadLetter ? <DeadLetterBadge delivery={delivery} /> : null}
              {delivery.deadLetter === "open" && commands ? <DeadLetterActions deliveryId={String(delivery.id)} {...commands} /> : null}
            </td>
            <td className="max-w-xl p-2">
              {delivery.reason ?? ""}
              {delivery.requestCount > 1 || delivery.sourceAddress ? <RequestCount delivery={delivery} /> : null}
              {delivery.correlationId ? <p className="mt-1 text-xs text-muted">Correlation id <code>{delivery.correlationId}</code> (in the server log)</p> : null}
              {delivery.bodyExcerpt ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-muted">Body excerpt</summary>
                  <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-background p-2 font-mono text-xs">{delivery.bodyExcerpt}</pre>
                </details>
              ) : null}
            </td>
            <td className="p-2 font-mono text-xs">{delivery.svixId ?? "—"}</td>
            <td className="p-2">{delivery.eventType ?? "—"}</td>
            <td className="p-2 text-right tabular-nums">{delivery.bodyBytes ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
