import Link from "next/link";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { formatCallTime } from "@/lib/calls/format";

function label(action: string): string {
  return AUDIT_ACTIONS[action as AuditAction] ?? action;
}

function target(event: AuditEventRow) {
  if (event.targetType === "call" && event.targetId) return <Link href={`/calls/${event.targetId}`} className="text-accent hover:underline">Call {event.targetId.slice(0, 8)}</Link>;
  if (event.targetType && event.targetId) return `${event.targetType} ${event.targetId.slice(0, 8)}`;
  return event.targetType ?? "";
}

export function AuditTable({ events, timeZone }: { events: AuditEventRow[]; timeZone: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs text-muted">
          <tr>
            {["When", "Who", "What", "On", "Details", "From"].map((name) => (
              <th key={name} scope="col" className="px-3 py-2 font-medium">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={String(event.id)} className="border-b border-border align-top last:border-0">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatCallTime(event.at, timeZone)}</td>
              <td className="px-3 py-2">{event.actorEmail ?? <span className="text-muted">anonymous</span>}</td>
              <td className="px-3 py-2 font-medium">{label(event.action)}</td>
              <td className="px-3 py-2">{target(event)}</td>
              <td className="max-w-md px-3 py-2 font-mono text-xs break-all text-muted">
                {Object.keys(event.details ?? {}).length ? JSON.stringify(event.details) : ""}
              </td>
              <td className="px-3 py-2 text-xs text-muted" title={event.userAgent ?? undefined}>{event.ipAddress}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
