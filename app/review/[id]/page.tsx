import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { AiNotes } from "@/components/calls/ai-notes";
import { CallHeader } from "@/components/calls/call-header";
import { Notices } from "@/components/calls/notices";
import { TranscriptView } from "@/components/calls/transcript-view";
import { ReviewPanel, ReviewPanelFallback } from "@/components/reviews/review-panel";
import { ReviewProgressBar } from "@/components/reviews/review-progress";
import { ReviewShortcuts } from "@/components/reviews/review-shortcuts";
import { buttonClass } from "@/components/ui/button";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { getBoundedCall } from "@/lib/calls/bounded-call";
import { searchTerms } from "@/lib/calls/highlight";
import { listHref } from "@/lib/calls/list-params";
import { END_PARAM } from "@/lib/calls/step-call";
import { STEP_WORDS, stepSortOf } from "@/lib/calls/step-order";
import { getEnv } from "@/lib/env";
import { parseQueue, queueQuery } from "@/lib/reviews/queue-step";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Review mode" };

// GET /review/<id>?<queue>: one call of the queue, the transcript, the AI's assessment and the
// review panel side by side (stacked on a phone), with the queue's progress and its shortcuts.
export default async function ReviewCallPage({ params, searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:review");
  const [{ id }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  // Reading a call in review mode is a view of it, audited like the call page.
  const [call] = await Promise.all([getBoundedCall(id), recordUserEvent(user, requestHeaders, "call.viewed", { type: "call", id }, { via: "review" })]);
  if (!call) notFound();
  const env = getEnv();
  const queue = parseQueue(query);
  const q = queueQuery(queue);
  const context = { now: new Date(), timeZone: env.DASHBOARD_TIMEZONE, userId: user.id };
  const step = (direction: "next" | "previous") => `/review/${call.id}/${direction}${q ? `?${q}` : ""}`;
  const words = STEP_WORDS[stepSortOf(queue.sort, call.durationSeconds)];
  const end = [query[END_PARAM]].flat()[0];

  return (
    <article className="space-y-4">
      <nav aria-label="Review queue" className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={listHref(queue.filters, { sort: queue.sort })} className={buttonClass("ghost", "-ml-3")}>Back to the list</Link>
        <Suspense fallback={<span className="flex-1 text-sm text-muted">Counting…</span>}>
          <ReviewProgressBar filters={queue.filters} context={context} />
        </Suspense>
        <div className="flex items-center gap-2">
          <Link href={step("previous")} rel="prev" className={buttonClass("secondary", "h-8")} aria-keyshortcuts="k">{words.previous}<span className="sr-only"> call</span></Link>
          <Link href={step("next")} rel="next" className={buttonClass("secondary", "h-8")} aria-keyshortcuts="j">{words.next}<span className="sr-only"> call</span></Link>
          <Link href={`/calls/${call.id}`} className={buttonClass("ghost", "h-8")}>Call page</Link>
        </div>
      </nav>
      {end && <Notices notices={[`There is no ${(end === "first" ? words.previous : words.next).toLowerCase()} call in this list.`]} />}
      <CallHeader call={call} timeZone={env.DASHBOARD_TIMEZONE} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:grid-cols-[minmax(0,5fr)_minmax(0,3fr)_minmax(0,4fr)]">
        <AiNotes call={call} className="self-start lg:col-start-2 lg:row-start-1 xl:col-start-2" />
        <Suspense fallback={<ReviewPanelFallback className="self-start lg:col-start-2 lg:row-start-2 xl:col-start-3 xl:row-start-1" />}>
          <ReviewPanel
            callId={call.id}
            meId={user.id}
            timeZone={env.DASHBOARD_TIMEZONE}
            queue={q}
            className="self-start lg:col-start-2 lg:row-start-2 xl:col-start-3 xl:row-start-1"
            toolbar={<ReviewShortcuts nextHref={step("next")} previousHref={step("previous")} words={words} />}
          />
        </Suspense>
        <section aria-labelledby="transcript" className="min-w-0 self-start rounded-lg border border-border bg-surface p-4 lg:col-start-1 lg:row-span-2 lg:row-start-1 xl:row-span-1">
          <h2 id="transcript" className="mb-2 font-semibold">Transcript</h2>
          <TranscriptView transcript={call.transcription} terms={searchTerms(queue.filters.q)} fullLength={call.cuts.transcription} fullHref={`/calls/${call.id}/transcript`} />
        </section>
      </div>
    </article>
  );
}
