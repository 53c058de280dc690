// GET /api/admin/audit/export?<audit filters> - the audit trail as CSV, streamed (admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { parseAuditFilters, auditQuery } from "@/lib/audit/audit-filters";
import { eachAuditEvent } from "@/lib/audit/list-audit-events";
import { withAuth } from "@/lib/auth/with-auth";
import { csvLine, UTF8_BOM } from "@/lib/calls/csv";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

const HEADER = ["id", "at", "actor_id", "actor_email", "action", "target_type", "target_id", "details", "ip_address", "user_agent"];

export const GET = withAuth({ permission: "audit:read" }, async (request, { user }) => {
  const { filters } = parseAuditFilters(new URL(request.url).searchParams);
  // Exporting the trail is itself an event, written before the first row leaves.
  await recordUserEvent(user, request.headers, "audit.exported", undefined, { filters: auditQuery(filters) });
  const batches = eachAuditEvent(filters, getEnv().DASHBOARD_TIMEZONE);
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(HEADER)));
        return;
      }
      const { value, done } = await batches.next();
      if (done) return controller.close();
      const lines = value.map((event) =>
        csvLine([String(event.id), event.at, event.actorId, event.actorEmail, event.action, event.targetType, event.targetId, JSON.stringify(event.details), event.ipAddress, event.userAgent]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="audit-${stamp}.csv"`, "Cache-Control": "no-store" },
  });
});
