// GET /api/compliance/export?<the Compliance page's parameters> - the period's flagged calls as CSV (managers, admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth } from "@/lib/auth/with-auth";
import { complianceQuery, parseComplianceParams } from "@/lib/compliance/compliance-params";
import { periodOf } from "@/lib/compliance/compliance-report";
import { eachFlaggedCsvRow, FLAGGED_CSV_HEADER } from "@/lib/compliance/export-flagged";
import { getContactSettings } from "@/lib/contacts/settings";
import { csvResponse } from "@/lib/http/csv-response";

export const dynamic = "force-dynamic";

export const GET = withAuth({ permission: "compliance:read" }, async (request, { user }) => {
  const params = parseComplianceParams(Object.fromEntries(new URL(request.url).searchParams));
  const period = periodOf(params, new Date(), getContactSettings().timeZone);
  await recordUserEvent(user, request.headers, "compliance.exported", { type: "export" }, { query: complianceQuery(params) });
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(FLAGGED_CSV_HEADER, eachFlaggedCsvRow(params, period), `flagged-calls-${stamp}.csv`);
});
