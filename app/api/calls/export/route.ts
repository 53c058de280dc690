// GET /api/calls/export?<list filters> - every matching call as CSV, streamed
import { acquireExportSlot, tooManyExports } from "@/lib/calls/export-slots";
import { openCallsExport } from "@/lib/calls/export-calls";
import { exportStream } from "@/lib/calls/export-stream";
import { parseCallFilters } from "@/lib/calls/filters";
import { getEnv } from "@/lib/env";
import { errorResponse } from "@/lib/http/errors";
import { readErrorResponse } from "@/lib/http/read-errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const env = getEnv();
  const release = acquireExportSlot(env.EXPORT_CONCURRENCY);
  if (!release) return errorResponse(tooManyExports(env.EXPORT_CONCURRENCY));
  try {
    const { filters } = parseCallFilters(new URL(request.url).searchParams);
    const now = new Date();
    // The first batch is read before answering: a database that is down is a 503, not a cut file.
    const csv = await openCallsExport(filters, { now, timeZone: env.DASHBOARD_TIMEZONE });
    const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
    return new Response(exportStream(csv, release), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="calls-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    release();
    return readErrorResponse(error);
  }
}
