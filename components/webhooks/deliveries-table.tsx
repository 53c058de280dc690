import Link from "next/link";
import type { listRecentDeliveries } from "@/lib/webhooks/levers/deliveries";

type Delivery = Awaited<ReturnType<typeof listRecentDeliveries>>["deliveries"][number];

const resultTone: Record<string, string> = {
  created: "text-foreground",
  updated: "text-foreground",
  duplicate: "text-muted",
  stale: "text-muted",
  ignored: "text-muted",
  rejected: "text-danger font-medium",
};

export function DeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  return (
    <table className="w-full rounded-lg border border-border bg-surface text-sm">
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
            <td className="whitespace-nowrap p-2">{delivery.receivedAt.toISOString().replace("T", " ").slice(0, 19)}</td>
            <td className="p-2 tabular-nums">{delivery.statusCode}</td>
            <td className={`p-2 ${resultTone[delivery.result] ?? ""}`}>
              {delivery.callId ? <Link href={`/calls/${delivery.callId}`} className="underline">{delivery.result}</Link> : delivery.result}
            </td>
            <td className="max-w-xl p-2">
              {delivery.reason ?? ""}
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
  );
}
