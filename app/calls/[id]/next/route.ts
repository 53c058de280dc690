// GET /calls/:id/next?<list filters> - redirects to the next call of the list the user came from
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { stepCallHref } from "@/lib/calls/step-call";
import { stepRedirect } from "@/lib/http/step-redirect";

type Context = { params: Promise<{ id: string }> };

// withAuth answers a database failure with 503 (readErrorResponse), never an empty 500.
export const GET = withAuth({ permission: "calls:read", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  return stepRedirect(await stepCallHref((await context.params).id, new URL(request.url).searchParams, "next", user.id));
});
