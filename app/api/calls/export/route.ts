// GET /api/calls/export?<list filters> - every matching call as CSV, streamed (managers, admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth } from "@/lib/auth/with-auth";
import { exportCallsCsv } from "@/lib/calls/export-calls";
import { compactQuery, parseCallFilters } from "@/lib/calls/filters";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = withAuth({ permission: "calls:export" }, async (request, { user }) => {
  const searchParams = new URL(request.url).searchParams;
  const { filters } = parseCallFilters(searchParams);
  const now = new Date();
  const sent = { rows: 0 };
  const chunks = exportCallsCsv(filters, { now, timeZone: getEnv().DASHBOARD_TIMEZONE }, sent);
  const encoder = new TextEncoder();
  // Written once, when the export ends (completed or cut off), with the rows actually sent.
  let audited = false;
  const audit = async (completed: boolean) => {
    if (audited) return;
    audited = true;
    const query = compactQuery(searchParams) ?? searchParams.toString();
    await recordUserEvent(user, request.headers, "calls.exported", { type: "export" }, { filters: query, rows: sent.rows, completed });
  };
  // pull() asks for the next batch only when the client has taken the last one: constant memory.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) {
        await audit(true);
        controller.close();
      } else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
      await audit(false);
    },
  });
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="calls-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
