// GET /api/calls/:id/raw - the delivery that produced this call, byte for byte (managers, admins)
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { getCall } from "@/lib/calls/get-call";
import { ApiError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "calls:raw" }, async (request, { user, context }: Authed<Context>) => {
  const { id } = await context.params;
  const call = await getCall(id);
  if (!call) throw new ApiError(404, "not_found", "No call with this id.");
  await recordUserEvent(user, request.headers, "call.raw_payload_opened", { type: "call", id: call.id });
  return new Response(call.rawBody ?? "", {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
});
