// GET /review/:id/previous?<queue> - redirects to the previous call of review mode's list (the k key)
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { getEnv } from "@/lib/env";
import { parseQueue, stepQueueHref } from "@/lib/reviews/queue-step";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "calls:review", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  const queue = parseQueue(new URL(request.url).searchParams);
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  const href = await stepQueueHref((await context.params).id, queue, "previous", { now: new Date(), timeZone, userId: user.id });
  if (!href) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // A relative Location: behind a proxy, request.url may not carry the host the user typed.
  return new Response(null, { status: 303, headers: { Location: href } });
});
