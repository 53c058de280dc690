// GET /calls/:id/transcript - the whole transcript as plain text (the call page shows only the start of a very large one)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { getCall } from "@/lib/calls/get-call";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "calls:read", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  const call = await getCall((await context.params).id);
  if (!call) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  await recordUserEvent(user, request.headers, "call.viewed", { type: "call", id: call.id }, { part: "transcript" });
  return new Response(call.transcription ?? "", { headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
});
