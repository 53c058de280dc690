import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { AiNotes } from "@/components/calls/ai-notes";
import { CallingState } from "@/components/compliance/calling-state";
import { DisclosureFinding } from "@/components/compliance/disclosure-finding";
import { CallActions } from "@/components/calls/call-actions";
import { CallHeader } from "@/components/calls/call-header";
import { CallNav } from "@/components/calls/call-nav";
import { CallPosition } from "@/components/calls/call-position";
import { MetadataList } from "@/components/calls/metadata-list";
import { Notices } from "@/components/calls/notices";
import { RawPayload } from "@/components/calls/raw-payload";
import { CallPromise } from "@/components/reviews/call-promise";
import { ReviewPanel, ReviewPanelFallback } from "@/components/reviews/review-panel";
import { RecordingPlayer } from "@/components/calls/recording-player";
import { TranscriptView } from "@/components/calls/transcript-view";
import { TruncatedText } from "@/components/calls/truncated-text";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/roles";
import { parseCallFilters } from "@/lib/calls/filters";
import { loadCallPage } from "@/lib/calls/call-page-data";
import { searchTerms } from "@/lib/calls/highlight";
import { backToListHref, listHref, parseListPosition } from "@/lib/calls/list-params";
import { resolveRecording } from "@/lib/calls/recording";
import { END_PARAM } from "@/lib/calls/step-call";
import { STEP_WORDS, stepSortOf } from "@/lib/calls/step-order";
import { getEnv } from "@/lib/env";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Call" };

export default async function CallPage({ params, searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:read");
  const [{ id }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const env = getEnv();
  // The list the user came from: its filters and order ride along in the URL.
  const { filters } = parseCallFilters(query);
  const { position } = parseListPosition(query, filters);
  const context = { now: new Date(), timeZone: env.DASHBOARD_TIMEZONE, userId: user.id };
  const canReadRaw = can(user.role, "calls:raw");
  const canReview = can(user.role, "calls:review");
  // Every read starts here, together (lib/calls/call-page-data.ts); the streamed parts await their own.
  // The audit row is written beside them, so the page waits for the slower of the call and the row.
  const reads = loadCallPage({ id, filters, sort: position.sort, context }, { canReview });
  const [call] = await Promise.all([reads.call, recordUserEvent(user, requestHeaders, "call.viewed", { type: "call", id })]);
  if (!call) notFound();
  const view = { sort: position.sort, size: position.size };
  const end = [query[END_PARAM]].flat()[0];
  const stepHref = (direction: "previous" | "next") => listHref(filters, view, `/calls/${call.id}/${direction}`);
  const words = STEP_WORDS[stepSortOf(position.sort, call.durationSeconds)];

  // One column on a phone (the AI's notes and the recording before the transcript, the review after
  // it); from 1024 px the transcript on the left beside them (the review under the AI's notes), in
  // the page's own scroll (no box of its own).
  return (
    <article className="space-y-4">
      <CallNav
        listHref={backToListHref(filters, position, call.id)}
        previous={{ href: end === "first" ? null : stepHref("previous"), word: words.previous }}
        next={{ href: end === "last" ? null : stepHref("next"), word: words.next }}
        position={<Suspense><CallPosition position={reads.position} /></Suspense>}
      />
      {end && <Notices notices={[`There is no ${(end === "first" ? words.previous : words.next).toLowerCase()} call in this list.`]} />}
      <CallHeader call={call} timeZone={env.DASHBOARD_TIMEZONE} actions={<CallActions callId={call.id} providerCallId={call.providerCallId} canReadRaw={canReadRaw} />} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_auto_auto_auto_1fr]">
        <AiNotes call={call} className="lg:col-start-2 lg:row-start-1" />
        <section aria-labelledby="calling-rules" className="min-w-0 rounded-lg border border-border bg-surface p-4 lg:col-start-2 lg:row-start-3">
          <h2 id="calling-rules" className="mb-2 font-semibold">Contact and calling rules</h2>
          <Suspense fallback={<p className="text-sm text-muted">Counting this contact&apos;s calls…</p>}>
            <CallingState state={reads.callingState} />
          </Suspense>
        </section>
        <section aria-labelledby="recording" className="min-w-0 rounded-lg border border-border bg-surface p-4 lg:col-start-2 lg:row-start-4">
          <h2 id="recording" className="mb-3 font-semibold">Recording</h2>
          <RecordingPlayer recording={resolveRecording(call.recordingUrl, env.RECORDING_URL_TEMPLATE)} />
        </section>
        <section aria-labelledby="transcript" className="min-w-0 rounded-lg border border-border bg-surface p-4 lg:col-start-1 lg:row-span-5 lg:row-start-1">
          <h2 id="transcript" className="mb-2 font-semibold">Transcript</h2>
          <div className="mb-3">
            <DisclosureFinding transcript={call.transcription} />
          </div>
          <TranscriptView transcript={call.transcription} terms={searchTerms(filters.q)} fullLength={call.cuts.transcription} fullHref={`/calls/${call.id}/transcript`} />
        </section>
        {/* The promise's terms (every role) above the review panel, in one cell of the grid. */}
        <div className="min-w-0 space-y-4 lg:col-start-2 lg:row-start-2">
          <Suspense>
            <CallPromise review={reads.review} />
          </Suspense>
          {reads.panel && (
            <Suspense fallback={<ReviewPanelFallback />}>
              <ReviewPanel callId={call.id} meId={user.id} timeZone={env.DASHBOARD_TIMEZONE} data={reads.panel} />
            </Suspense>
          )}
        </div>
        <section aria-labelledby="metadata" className="min-w-0 self-start rounded-lg border border-border bg-surface p-4 lg:col-start-2 lg:row-start-5">
          <h2 id="metadata" className="mb-3 font-semibold">Metadata</h2>
          <MetadataList metadata={call.metadata} {...(call.cuts.metadata && canReadRaw && { fullHref: `/api/calls/${call.id}/raw` })} />
          <div className="mt-3 flex min-w-0 items-baseline gap-1.5 text-xs text-muted">
            <span className="shrink-0">Levers call id:</span>
            <TruncatedText text={call.providerCallId} />
          </div>
        </section>
      </div>
      {canReadRaw && <RawPayload callId={call.id} bytes={call.cuts.rawBody ?? call.rawBody?.length ?? 0} />}
    </article>
  );
}
