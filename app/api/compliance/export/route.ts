// GET /api/compliance/export?<the Compliance page's parameters> - the period's flagged calls as CSV (managers, admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth } from "@/lib/auth/with-auth";
import { csvLine, UTF8_BOM } from "@/lib/calls/csv";
import { complianceQuery, parseComplianceParams } from "@/lib/compliance/compliance-params";
import { periodOf } from "@/lib/compliance/compliance-report";
import { eachFlaggedCsvRow, FLAGGED_CSV_HEADER } from "@/lib/compliance/export-flagged";
import { getContactSettings } from "@/lib/contacts/settings";

export const dynamic = "force-dynamic";

export const GET = withAuth({ permission: "compliance:read" }, async (request, { user }) => {
  const params = parseComplianceParams(Object.fromEntries(new URL(request.url).searchParams));
  const period = periodOf(params, new Date(), getContactSettings().timeZone);
  await recordUserEvent(user, request.headers, "compliance.exported", { type: "export" }, { query: complianceQuery(params) });
  const batches = eachFlaggedCsvRow(params, period);
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(FLAGGED_CSV_HEADER)));
        return;
      }
      const { value, done } = await batches.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.map((row) => csvLine(row)).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="flagged-calls-${stamp}.csv"`, "Cache-Control": "no-store" },
  });
});
