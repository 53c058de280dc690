// Reads of the audit trail: newest first, keyset pages on the id (which only grows), and the
// same filters for the page and its CSV export.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditTimeBounds, type AuditFilters } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 100;

export function auditWhere(filters: AuditFilters, timeZone: string): Prisma.AuditEventWhereInput {
  const { from, to } = auditTimeBounds(filters, timeZone);
  return {
    ...(filters.actor && { actorEmail: { contains: filters.actor, mode: "insensitive" } }),
    ...(filters.action && { action: filters.action }),
    ...((from || to) && { at: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
  };
}

export async function listAuditEvents(filters: AuditFilters, timeZone: string, take = AUDIT_PAGE_SIZE) {
  const where = auditWhere(filters, timeZone);
  const rows = await getDb().auditEvent.findMany({
    where: filters.before !== undefined ? { AND: [where, { id: { lt: filters.before } }] } : where,
    orderBy: { id: "desc" },
    take: take + 1,
  });
  const page = rows.slice(0, take);
  return { events: page, olderThan: rows.length > take ? (page.at(-1)?.id ?? null) : null };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** Every matching event, newest first, in batches: for the CSV export. */
export async function* eachAuditEvent(filters: AuditFilters, timeZone: string, batch = 1000): AsyncGenerator<AuditEventRow[]> {
  let before = filters.before;
  for (;;) {
    const { events, olderThan } = await listAuditEvents({ ...filters, before }, timeZone, batch);
    if (events.length) yield events;
    if (olderThan === null) return;
    before = olderThan;
  }
}
