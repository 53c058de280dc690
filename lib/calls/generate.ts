// Realistic `phone_call.ended` payloads for the webhook sender, the demo data, tests and benchmarks.
// Deterministic for a seed. Outcomes follow a collections team's usual mix, with the documented
// outcomes, a few undocumented ones and the odd spelling variant Levers is known to send.
import { createRandom, type Random } from "./random";
import { contactSlotOf } from "./generate-contact";
import { transcriptFor, type Scenario } from "./generate-transcript";

export type GeneratedCall = {
  /** The payload exactly as Levers would send it (flat form). */
  payload: {
    providerCallId: string;
    numberFrom: string;
    numberTo: string;
    providerStatus: string;
    deliveryStatus: string;
    duration: number;
    summary: string | null;
    endedReason: string | null;
    callOutput: string;
    callOutputReasoning: string;
    sentimentOutput: string;
    sentimentOutputReasoning: string;
    transcription: string;
    recordingUrl: string;
    metadata: { requestMetadata: Record<string, string> };
  };
  /** When the call ended: spread over the window before `now`. */
  endedAt: Date;
};

export type GenerateOptions = { seed?: number; now?: Date; spreadDays?: number };

const SENTIMENT_BY_OUTCOME: Record<Scenario, readonly (readonly [string, number])[]> = {
  "PAYMENT PROMISE": [["POSITIVE", 6], ["NEUTRAL", 3], ["NEGATIVE", 1]],
  "PAYMENT EXTENSION": [["POSITIVE", 3], ["NEUTRAL", 5], ["NEGATIVE", 2]],
  "CALL BACK REQUESTED": [["POSITIVE", 2], ["NEUTRAL", 6], ["NEGATIVE", 2]],
  "WRONG NUMBER": [["POSITIVE", 1], ["NEUTRAL", 6], ["NEGATIVE", 3]],
  "NOT INTERESTED": [["POSITIVE", 0.5], ["NEUTRAL", 3], ["NEGATIVE", 6.5]],
  "PAYMENT COMPLETED": [["POSITIVE", 8], ["NEUTRAL", 2], ["NEGATIVE", 0]],
  VOICEMAIL: [["NEUTRAL", 1]],
  DISPUTE: [["NEUTRAL", 3], ["NEGATIVE", 7]],
  "DO NOT CALL": [["NEGATIVE", 1]],
  "NO ANSWER": [["NEUTRAL", 1]],
};

const DURATION_BY_OUTCOME: Record<Scenario, readonly [number, number]> = {
  "PAYMENT PROMISE": [70, 420],
  "PAYMENT EXTENSION": [90, 480],
  "CALL BACK REQUESTED": [20, 120],
  "WRONG NUMBER": [8, 60],
  "NOT INTERESTED": [15, 150],
  "PAYMENT COMPLETED": [120, 600],
  VOICEMAIL: [15, 45],
  DISPUTE: [90, 540],
  "DO NOT CALL": [10, 60],
  "NO ANSWER": [0, 0],
};

const LEVERS_NUMBERS = ["+15074106928", "+15074106931", "+442038085120", "+97145551230"];
const PROJECTS: readonly (readonly [string, number])[] = [
  ["proj_collections_us", 35],
  ["proj_collections_uk", 18],
  ["proj_uae_retail", 16],
  ["proj_auto_loans", 14],
  ["proj_mx_cards", 10],
  ["proj_pilot_de", 7],
];
const ENDED_REASONS = ["customer-ended-call", "assistant-ended-call", "silence-timed-out", null] as const;

// Levers spells outcomes with spaces in its docs and underscores in its example: send both, in any case.
function spellingOf(outcome: string, r: Random): string {
  const roll = r.next();
  if (roll < 0.08) return outcome.replace(/ /g, "_");
  if (roll < 0.11) return outcome.toLowerCase();
  if (roll < 0.13) return outcome.toLowerCase().replace(/ /g, "_");
  return outcome;
}

/** One call. `index` and `seed` together decide everything, so calls can be made in any order. */
export function generateCall(index: number, options: GenerateOptions = {}): GeneratedCall {
  const { seed = 1, now = new Date(), spreadDays = 30 } = options;
  const r = createRandom(seed * 1_000_003 + index);
  // Who is called, when, and how it went: the contact's schedule (generate-contact.ts).
  const { scenario, delivered, number, account, endedAt, contactSeed } = contactSlotOf(index, seed, now, spreadDays);
  const sentiment = r.weighted(SENTIMENT_BY_OUTCOME[scenario]);
  const [minDuration, maxDuration] = DURATION_BY_OUTCOME[scenario];
  // A person is in one campaign: the project is the contact's.
  const project = createRandom(contactSeed + 1).weighted(PROJECTS);
  const story = transcriptFor(scenario, r);
  const callId = r.uuid();
  return {
    endedAt,
    payload: {
      providerCallId: callId,
      numberFrom: r.pick(LEVERS_NUMBERS),
      numberTo: number,
      providerStatus: delivered || r.chance(0.5) ? "pass" : "fail",
      deliveryStatus: delivered ? "pass" : "fail",
      duration: r.int(minDuration, maxDuration),
      summary: delivered && r.chance(0.8) ? story.summary : null,
      endedReason: delivered ? r.pick(ENDED_REASONS) : "no-answer",
      callOutput: spellingOf(scenario, r),
      callOutputReasoning: story.outcomeReasoning,
      sentimentOutput: sentiment,
      sentimentOutputReasoning: story.sentimentReasoning(sentiment),
      transcription: story.transcript,
      recordingUrl: `levers-prod-recordings:livekit-egress/${r.uuid()}/${callId}/recording_${Math.floor(endedAt.getTime() / 1000)}.mp3`,
      metadata: { requestMetadata: { project_id: project, extra_id: account } },
    },
  };
}

/** `count` calls, newest last is not guaranteed: each call's time is drawn independently. */
export function generateCalls(count: number, options: GenerateOptions = {}): GeneratedCall[] {
  return Array.from({ length: count }, (_, index) => generateCall(index, options));
}
