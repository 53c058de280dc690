// GET /calls/:id/previous?<list filters> - redirects to the previous call of the list the user came from
import { stepCallHref } from "@/lib/calls/step-call";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const href = await stepCallHref((await params).id, new URL(request.url).searchParams, "previous");
  if (!href) return new Response("Call not found", { status: 404 });
  // A relative Location: behind a proxy, request.url may not carry the host the user typed.
  return new Response(null, { status: 303, headers: { Location: href } });
}
