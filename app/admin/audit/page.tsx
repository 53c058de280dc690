import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AuditTable } from "@/components/admin/audit-table";
import { Notices } from "@/components/calls/notices";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditQuery, parseAuditFilters } from "@/lib/audit/audit-filters";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireUser } from "@/lib/auth/require-user";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Audit trail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await connection();
  await requireUser("audit:read");
  const { filters, notices } = parseAuditFilters(await searchParams);
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  const { events, olderThan } = await listAuditEvents(filters, timeZone);
  const query = auditQuery({ ...filters, before: undefined });
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Audit trail</h1>
          <p className="text-sm text-muted">Every sign-in, change of a user, call viewed and export, newest first. Nobody can change or delete an event.</p>
        </div>
        <a href={`/api/admin/audit/export${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>Export CSV</a>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="actor" className="text-xs font-medium text-muted">Who (email)</label>
          <Input id="actor" name="actor" defaultValue={filters.actor ?? ""} className="w-56" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="action" className="text-xs font-medium text-muted">What</label>
          <Select id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any event</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="text-xs font-medium text-muted">From</label>
          <Input id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-xs font-medium text-muted">To</label>
          <Input id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <button type="submit" className={buttonClass("primary")}>Apply</button>
        {query && <Link href="/admin/audit" className={buttonClass("ghost")}>Clear</Link>}
      </form>
      <Notices notices={notices} />
      {events.length === 0 ? <p className="rounded-lg border border-border bg-surface p-6 text-muted">No events match.</p> : <AuditTable events={events} timeZone={timeZone} />}
      <div className="flex justify-end gap-2 text-sm">
        {filters.before !== undefined && <Link href={`/admin/audit${query ? `?${query}` : ""}`} className={buttonClass("secondary")}>Newest</Link>}
        {olderThan !== null && <Link href={`/admin/audit?${auditQuery(filters, { before: olderThan })}`} className={buttonClass("secondary")}>Older events →</Link>}
      </div>
    </section>
  );
}
