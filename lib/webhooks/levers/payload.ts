// The `phone_call.ended` payload (../shared/levers-webhooks.md), flat or in a `{ type, data }` envelope.
// Lenient where Levers is loose: unknown fields pass (they stay in the raw body), labels outside the
// documented sets are accepted, any field but `providerCallId` may be missing or null.
import { z } from "zod";

export const CALL_ENDED_EVENT = "phone_call.ended";

const optionalText = z.string().nullish();

// Durations arrive as integer seconds; a numeric string or a fraction is accepted and rounded.
const duration = z
  .union([z.number(), z.string().trim().regex(/^\d+(\.\d+)?$/, { error: "expected a number of seconds" })])
  .transform(Number)
  .pipe(z.number().finite().nonnegative({ error: "expected a number of seconds, not negative" }).max(2_147_483_647))
  .transform(Math.round)
  .nullish();

export const callEndedDataSchema = z.looseObject({
  providerCallId: z.string({ error: "expected the call's id as a string" }).trim().min(1, { error: "must not be empty" }).max(200),
  numberFrom: optionalText,
  numberTo: optionalText,
  providerStatus: optionalText,
  deliveryStatus: optionalText,
  duration,
  summary: optionalText,
  endedReason: optionalText,
  callOutput: optionalText,
  callOutputReasoning: optionalText,
  sentimentOutput: optionalText,
  sentimentOutputReasoning: optionalText,
  transcription: optionalText,
  recordingUrl: optionalText,
  metadata: z.record(z.string(), z.unknown(), { error: "expected an object" }).nullish(),
});

export type CallEndedData = z.infer<typeof callEndedDataSchema>;

export type FieldIssue = { field: string; message: string };

export type ParsedLeversEvent =
  | { kind: "call_ended"; type: string; data: CallEndedData }
  | { kind: "unhandled"; type: string }
  | { kind: "invalid"; issues: FieldIssue[] };

const envelopeSchema = z.object({ type: z.string(), data: z.record(z.string(), z.unknown()) });

function toIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}

/** Reads an already JSON-parsed body. */
export function parseLeversEvent(body: unknown): ParsedLeversEvent {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { kind: "invalid", issues: [{ field: "(body)", message: "expected a JSON object" }] };
  }
  // Without a string `type` the envelope schema fails anyway: the flat payload, the common case,
  // skips building that failure.
  const envelope = "type" in body && typeof body.type === "string" ? envelopeSchema.safeParse(body) : { success: false as const };
  const type = envelope.success ? envelope.data.type : CALL_ENDED_EVENT;
  if (type !== CALL_ENDED_EVENT) return { kind: "unhandled", type };
  const data = envelope.success ? envelope.data.data : body;
  const parsed = callEndedDataSchema.safeParse(data);
  if (!parsed.success) return { kind: "invalid", issues: toIssues(parsed.error, envelope.success ? "data" : "") };
  return { kind: "call_ended", type, data: parsed.data };
}
