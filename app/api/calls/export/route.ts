// GET /api/calls/export?<list filters> - every matching call as CSV, streamed
import { exportCallsCsv } from "@/lib/calls/export-calls";
import { parseCallFilters } from "@/lib/calls/filters";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { filters } = parseCallFilters(new URL(request.url).searchParams);
  const now = new Date();
  const chunks = exportCallsCsv(filters, { now, timeZone: getEnv().DASHBOARD_TIMEZONE });
  const encoder = new TextEncoder();
  // pull() asks for the next batch only when the client has taken the last one: constant memory.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
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
}
