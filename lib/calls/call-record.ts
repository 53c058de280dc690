// A `phone_call.ended` payload as the columns of a `calls` row (without the delivery's raw body and times).
import { z } from "zod";
import { deriveContactColumns, type ContactColumns } from "@/lib/contacts/derive";
import { getContactSettings, type ContactSettings } from "@/lib/contacts/settings";
import type { CallEndedData } from "@/lib/webhooks/levers/payload";
import { storableText } from "@/lib/webhooks/levers/storable-text";
import { boundLabel, boundNumber } from "./label-key";
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
  /** The whole text of statuses too long to index, whose columns hold a bounded form; else null. */
  fullLabels: { providerStatus?: string; deliveryStatus?: string } | null;
} & ContactColumns;

const projectIdSchema = z.object({
  requestMetadata: z.object({ project_id: z.union([z.string(), z.number()]) }),
});

function projectIdOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const parsed = projectIdSchema.safeParse(metadata);
  if (!parsed.success) return null;
  return storableText(String(parsed.data.requestMetadata.project_id)).trim() || null;
}

// PostgreSQL text cannot hold NUL or lone surrogates; JSON can carry both (\u0000, \ud800).
const clean = (value: string | null | undefined) => (value == null ? null : storableText(value));

/** Outcome/sentiment keys, statuses and the project id are indexed: bounded (label-key.ts). */
function fullLabelsOf(providerStatus: string | null, deliveryStatus: string | null): CallRecord["fullLabels"] {
  const full = {
    ...(providerStatus !== null && boundLabel(providerStatus) !== providerStatus && { providerStatus }),
    ...(deliveryStatus !== null && boundLabel(deliveryStatus) !== deliveryStatus && { deliveryStatus }),
  };
  return Object.keys(full).length ? full : null;
}

export function toCallRecord(data: CallEndedData, contactSettings: ContactSettings = getContactSettings()): CallRecord {
  const providerStatus = clean(data.providerStatus);
  const deliveryStatus = clean(data.deliveryStatus);
  const numberTo = clean(data.numberTo)?.trim() || null;
  const transcription = clean(data.transcription);
  return {
    providerCallId: storableText(data.providerCallId),
    // Bounded as the labels are: both are in a btree (calls_phone_analytics_idx).
    numberFrom: boundNumber(clean(data.numberFrom)?.trim() || null),
    numberTo: boundNumber(numberTo),
    providerStatus: boundLabel(providerStatus),
    deliveryStatus: boundLabel(deliveryStatus),
    durationSeconds: data.duration ?? null,
    summary: clean(data.summary),
    endedReason: clean(data.endedReason),
    callOutput: clean(data.callOutput),
    outcomeKey: boundLabel(normalizeLabel(clean(data.callOutput))),
    callOutputReasoning: clean(data.callOutputReasoning),
    sentimentOutput: clean(data.sentimentOutput),
    sentimentKey: boundLabel(normalizeLabel(clean(data.sentimentOutput))),
    sentimentOutputReasoning: clean(data.sentimentOutputReasoning),
    transcription,
    recordingUrl: clean(data.recordingUrl),
    metadata: data.metadata ?? null,
    projectId: boundLabel(projectIdOf(data.metadata)),
    fullLabels: fullLabelsOf(providerStatus, deliveryStatus),
    // Contact number, account, disclosure and stated amount (lib/contacts/derive.ts).
    ...deriveContactColumns({ numberTo, metadata: data.metadata, transcription, summary: clean(data.summary), reasoning: clean(data.callOutputReasoning) }, contactSettings),
  };
}
