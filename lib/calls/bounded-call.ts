import "server-only";
// The call page renders within a bounded size whatever a call holds (a 1 MiB transcript, metadata
// nested 3,000 deep, a label of a megabyte): every text is cut to a limit here, and the page links
// to the whole transcript and payload (/calls/<id>/transcript, /calls/<id>/raw) when it was cut.
import { boundJson, cutText } from "./bounded-json";
import { getCall, type CallDetail } from "./get-call";

export const CALL_PAGE_LIMITS = { label: 300, url: 2000, note: 10_000, transcript: 20_000, rawBody: 20_000 } as const;

const LABELS = ["numberFrom", "numberTo", "providerStatus", "deliveryStatus", "endedReason", "callOutput", "outcomeKey", "sentimentOutput", "sentimentKey", "projectId"] as const;
const NOTES = ["summary", "callOutputReasoning", "sentimentOutputReasoning"] as const;

/** What was cut: the full length in characters of each text shown in part, and whether metadata was. */
export type CallCuts = { transcription?: number; rawBody?: number; metadata?: boolean };

export type BoundedCall = Omit<CallDetail, "metadata"> & { metadata: unknown; cuts: CallCuts };

const cut = (value: string | null, max: number) => (value === null ? null : cutText(value, max));

export function boundCall(call: CallDetail): BoundedCall {
  const metadata = call.metadata === null ? { value: null, cut: false } : boundJson(call.metadata);
  const bounded: BoundedCall = { ...call, metadata: metadata.value, cuts: {} };
  bounded.providerCallId = cutText(call.providerCallId, CALL_PAGE_LIMITS.label);
  for (const field of LABELS) bounded[field] = cut(call[field], CALL_PAGE_LIMITS.label);
  for (const field of NOTES) bounded[field] = cut(call[field], CALL_PAGE_LIMITS.note);
  bounded.recordingUrl = call.recordingUrl && call.recordingUrl.length <= CALL_PAGE_LIMITS.url ? call.recordingUrl : null;
  bounded.transcription = cut(call.transcription, CALL_PAGE_LIMITS.transcript);
  bounded.rawBody = cutText(call.rawBody, CALL_PAGE_LIMITS.rawBody);
  bounded.cuts = {
    ...(call.transcription && call.transcription.length > CALL_PAGE_LIMITS.transcript && { transcription: call.transcription.length }),
    ...(call.rawBody.length > CALL_PAGE_LIMITS.rawBody && { rawBody: call.rawBody.length }),
    ...(metadata.cut && { metadata: true }),
  };
  return bounded;
}

/** The call as its page shows it, or null for an unknown id. */
export async function getBoundedCall(id: string): Promise<BoundedCall | null> {
  const call = await getCall(id);
  return call && boundCall(call);
}
