import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { formatCount } from "@/lib/calls/format";
import { listHref } from "@/lib/calls/list-params";
import { getEnv } from "@/lib/env";
import { getReviewProgress } from "@/lib/reviews/progress";
import { findUnreviewedCall } from "@/lib/reviews/queue";
import { reviewCallHref } from "@/lib/reviews/queue-href";
import { parseQueue } from "@/lib/reviews/queue-step";

export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /review?<list filters & sort>: the first unreviewed call of that list, or "all reviewed".
export default async function ReviewQueuePage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:review");
  const { filters, sort } = parseQueue(await searchParams);
  const context = { now: new Date(), timeZone: getEnv().DASHBOARD_TIMEZONE, userId: user.id };
  const next = await findUnreviewedCall(filters, sort, context);
  if (next) redirect(reviewCallHref(next, filters, sort));
  const { total } = await getReviewProgress(filters, context);
  return (
    <section aria-labelledby="queue-done" className="mx-auto max-w-xl space-y-3 rounded-lg border border-border bg-surface p-6 text-center">
      <h1 id="queue-done" className="text-lg font-semibold">
        {total === 0 ? "This list has no calls to review." : total === 1 ? "The one call of this list is reviewed." : `All ${formatCount(total)} calls of this list are reviewed.`}
      </h1>
      <p className="text-sm text-muted">Calls marked reviewed or needing follow-up count as done.</p>
      <ButtonLink href={listHref(filters, { sort })} variant="primary">Back to the list</ButtonLink>
    </section>
  );
}
