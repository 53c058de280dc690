import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AiNotes } from "@/components/calls/ai-notes";
import { CallHeader } from "@/components/calls/call-header";
import { CallNav } from "@/components/calls/call-nav";
import { MetadataList } from "@/components/calls/metadata-list";
import { Notices } from "@/components/calls/notices";
import { RawPayload } from "@/components/calls/raw-payload";
import { RecordingPlayer } from "@/components/calls/recording-player";
import { TranscriptView } from "@/components/calls/transcript-view";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/roles";
import { parseCallFilters } from "@/lib/calls/filters";
import { getBoundedCall } from "@/lib/calls/bounded-call";
import { searchTerms } from "@/lib/calls/highlight";
import { backToListHref, listHref, parseListPosition } from "@/lib/calls/list-params";
import { resolveRecording } from "@/lib/calls/recording";
import { END_PARAM } from "@/lib/calls/step-call";
import { getEnv } from "@/lib/env";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Call" };

export default async function CallPage({ params, searchParams }: Props) {
  await connection();
  const user = await requireUser("calls:read");
  const [{ id }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  // The audit row is written beside the read (not after it), so the page waits for the slower of two.
  const [call] = await Promise.all([getBoundedCall(id), recordUserEvent(user, requestHeaders, "call.viewed", { type: "call", id })]);
  if (!call) notFound();
  const env = getEnv();
  // The list the user came from: its filters and order ride along in the URL.
  const { filters } = parseCallFilters(query);
  const { position } = parseListPosition(query, filters);
  const view = { sort: position.sort, size: position.size };
  const end = [query[END_PARAM]].flat()[0];
  const stepHref = (direction: "previous" | "next") => listHref(filters, view, `/calls/${call.id}/${direction}`);

  return (
    <article className="space-y-4">
      <CallNav
        listHref={backToListHref(filters, position, call.id)}
        previousHref={end === "first" ? null : stepHref("previous")}
        nextHref={end === "last" ? null : stepHref("next")}
      />
      {end && <Notices notices={[`This is the ${end} call of the list.`]} />}
      <CallHeader call={call} timeZone={env.DASHBOARD_TIMEZONE} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="transcript" className="rounded-lg border border-border bg-surface p-4">
          <h2 id="transcript" className="mb-3 font-semibold">Transcript</h2>
          <TranscriptView transcript={call.transcription} terms={searchTerms(filters.q)} fullLength={call.cuts.transcription} fullHref={`/calls/${call.id}/transcript`} />
        </section>
        <div className="space-y-4">
          <AiNotes call={call} />
          <section aria-labelledby="recording" className="rounded-lg border border-border bg-surface p-4">
            <h2 id="recording" className="mb-3 font-semibold">Recording</h2>
            <RecordingPlayer recording={resolveRecording(call.recordingUrl, env.RECORDING_URL_TEMPLATE)} />
          </section>
          <section aria-labelledby="metadata" className="rounded-lg border border-border bg-surface p-4">
            <h2 id="metadata" className="mb-3 font-semibold">Metadata</h2>
            <MetadataList metadata={call.metadata} {...(call.cuts.metadata && can(user.role, "calls:raw") && { fullHref: `/api/calls/${call.id}/raw` })} />
            <p className="mt-3 text-xs text-muted">Levers call id: <code>{call.providerCallId}</code></p>
          </section>
        </div>
      </div>
      {can(user.role, "calls:raw") && <RawPayload callId={call.id} bytes={call.cuts.rawBody ?? call.rawBody?.length ?? 0} />}
    </article>
  );
}
