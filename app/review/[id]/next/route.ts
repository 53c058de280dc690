// GET /review/:id/next?<queue> - redirects to the next call of review mode's list (the j key)
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { getEnv } from "@/lib/env";
import { stepRedirect } from "@/lib/http/step-redirect";
import { parseQueue, stepQueueHref } from "@/lib/reviews/queue-step";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "calls:review", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  const queue = parseQueue(new URL(request.url).searchParams);
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  return stepRedirect(await stepQueueHref((await context.params).id, queue, "next", { now: new Date(), timeZone, userId: user.id }));
});
