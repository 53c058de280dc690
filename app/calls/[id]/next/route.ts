// GET /calls/:id/next?<list filters> - redirects to the next call of the list the user came from
import { stepCallHref } from "@/lib/calls/step-call";
import { readErrorResponse } from "@/lib/http/read-errors";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const href = await stepCallHref((await params).id, new URL(request.url).searchParams, "next");
    if (!href) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    // A relative Location: behind a proxy, request.url may not carry the host the user typed.
    return new Response(null, { status: 303, headers: { Location: href } });
  } catch (error) {
    return readErrorResponse(error); // 503 when the database is unavailable, never an empty 500
  }
}
