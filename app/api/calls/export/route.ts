// GET /api/calls/export?<list filters> - every matching call as CSV, streamed (managers, admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth } from "@/lib/auth/with-auth";
import { acquireExportSlot, tooManyExports } from "@/lib/calls/export-slots";
import { openCallsExport } from "@/lib/calls/export-calls";
import { exportStream, type ExportEnd } from "@/lib/calls/export-stream";
import { compactQuery, parseCallFilters } from "@/lib/calls/filters";
import { getEnv } from "@/lib/env";
import { errorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export const GET = withAuth({ permission: "calls:export" }, async (request, { user }) => {
  const env = getEnv();
  const release = acquireExportSlot(env.EXPORT_CONCURRENCY);
  if (!release) return errorResponse(tooManyExports(env.EXPORT_CONCURRENCY));
  const searchParams = new URL(request.url).searchParams;
  try {
    const { filters } = parseCallFilters(searchParams);
    const now = new Date();
    // The first batch is read before answering: a database that is down is a 503, not a cut file.
    const csv = await openCallsExport(filters, { now, timeZone: env.DASHBOARD_TIMEZONE, userId: user.id });
    // The audit event is written once, when the export ends, with the rows actually sent.
    const onEnd = async (how: ExportEnd) => {
      release();
      const details = { filters: compactQuery(searchParams) ?? searchParams.toString(), rows: csv.rowsSent(), completed: how === "completed", end: how };
      await recordUserEvent(user, request.headers, "calls.exported", { type: "export" }, details).catch((error: unknown) =>
        console.error("Audit event of an export could not be written:", error instanceof Error ? error.message : error),
      );
    };
    const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
    return new Response(exportStream(csv, onEnd), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="calls-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    release();
    throw error; // withAuth maps it: 503 database unavailable, 422 too large
  }
});
