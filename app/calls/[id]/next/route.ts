// GET /calls/:id/next?<list filters> - redirects to the next call of the list the user came from
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { stepCallHref } from "@/lib/calls/step-call";

type Context = { params: Promise<{ id: string }> };

// withAuth answers a database failure with 503 (readErrorResponse), never an empty 500.
export const GET = withAuth({ permission: "calls:read", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  const href = await stepCallHref((await context.params).id, new URL(request.url).searchParams, "next", user.id);
  if (!href) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // A relative Location: behind a proxy, request.url may not carry the host the user typed.
  return new Response(null, { status: 303, headers: { Location: href } });
});
