// GET /api/admin/audit/export?<audit filters> - the audit trail as CSV, streamed (admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { parseAuditFilters, auditQuery } from "@/lib/audit/audit-filters";
import { eachAuditEvent } from "@/lib/audit/list-audit-events";
import { withAuth } from "@/lib/auth/with-auth";
import { getEnv } from "@/lib/env";
import { csvResponse } from "@/lib/http/csv-response";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";

export const dynamic = "force-dynamic";

const HEADER = ["id", "at", "actor_id", "actor_email", "action", "target_type", "target_id", "details", "ip_address", "user_agent"];

// Leaving a for-await early (the reader went away) closes the events' generator too.
async function* auditRows(batches: AsyncGenerator<AuditEventRow[]>) {
  for await (const events of batches) {
    yield events.map((event) => [String(event.id), event.at, event.actorId, event.actorEmail, event.action, event.targetType, event.targetId, JSON.stringify(event.details), event.ipAddress, event.userAgent]);
  }
}

export const GET = withAuth({ permission: "audit:read" }, async (request, { user }) => {
  const { filters } = parseAuditFilters(new URL(request.url).searchParams);
  // Exporting the trail is itself an event, written before the first row leaves.
  await recordUserEvent(user, request.headers, "audit.exported", undefined, { filters: auditQuery(filters) });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return csvResponse(HEADER, auditRows(eachAuditEvent(filters, getEnv().DASHBOARD_TIMEZONE)), `audit-${stamp}.csv`);
});
