// GET /review/:id/previous?<queue> - redirects to the previous call of review mode's list (the k key)
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { getEnv } from "@/lib/env";
import { stepRedirect } from "@/lib/http/step-redirect";
import { parseQueue, stepQueueHref } from "@/lib/reviews/queue-step";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "calls:review", anonymous: "redirect" }, async (request, { user, context }: Authed<Context>) => {
  const queue = parseQueue(new URL(request.url).searchParams);
  const timeZone = getEnv().DASHBOARD_TIMEZONE;
  return stepRedirect(await stepQueueHref((await context.params).id, queue, "previous", { now: new Date(), timeZone, userId: user.id }));
});
