// GET /calls/:id/raw - the delivery's whole body as received (the call page shows only the start of a very large one)
import { getCall } from "@/lib/calls/get-call";
import { readErrorResponse } from "@/lib/http/read-errors";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const call = await getCall((await params).id);
    if (!call) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(call.rawBody, { headers: { "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
  } catch (error) {
    return readErrorResponse(error);
  }
}
