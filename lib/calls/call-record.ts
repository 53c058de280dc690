// A `phone_call.ended` payload as the columns of a `calls` row (without the delivery's raw body and times).
import { z } from "zod";
import type { CallEndedData } from "@/lib/webhooks/levers/payload";
import { normalizeLabel } from "./outcome";

export type CallRecord = {
  providerCallId: string;
  numberFrom: string | null;
  numberTo: string | null;
  providerStatus: string | null;
  deliveryStatus: string | null;
  durationSeconds: number | null;
  summary: string | null;
  endedReason: string | null;
  callOutput: string | null;
  outcomeKey: string | null;
  callOutputReasoning: string | null;
  sentimentOutput: string | null;
  sentimentKey: string | null;
  sentimentOutputReasoning: string | null;
  transcription: string | null;
  recordingUrl: string | null;
  metadata: Record<string, unknown> | null;
  projectId: string | null;
};

const projectIdSchema = z.object({
  requestMetadata: z.object({ project_id: z.union([z.string(), z.number()]) }),
});

function projectIdOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const parsed = projectIdSchema.safeParse(metadata);
  if (!parsed.success) return null;
  return String(parsed.data.requestMetadata.project_id).trim() || null;
}

// PostgreSQL text cannot hold NUL characters; JSON can carry them (\u0000).
const clean = (value: string | null | undefined) => (value == null ? null : value.replace(/\u0000/g, ""));

export function toCallRecord(data: CallEndedData): CallRecord {
  return {
    providerCallId: data.providerCallId,
    numberFrom: clean(data.numberFrom)?.trim() || null,
    numberTo: clean(data.numberTo)?.trim() || null,
    providerStatus: clean(data.providerStatus),
    deliveryStatus: clean(data.deliveryStatus),
    durationSeconds: data.duration ?? null,
    summary: clean(data.summary),
    endedReason: clean(data.endedReason),
    callOutput: clean(data.callOutput),
    outcomeKey: normalizeLabel(data.callOutput),
    callOutputReasoning: clean(data.callOutputReasoning),
    sentimentOutput: clean(data.sentimentOutput),
    sentimentKey: normalizeLabel(data.sentimentOutput),
    sentimentOutputReasoning: clean(data.sentimentOutputReasoning),
    transcription: clean(data.transcription),
    recordingUrl: clean(data.recordingUrl),
    metadata: data.metadata ?? null,
    projectId: projectIdOf(data.metadata),
  };
}
