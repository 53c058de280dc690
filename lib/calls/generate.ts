// Realistic `phone_call.ended` payloads for the webhook sender, the demo data, tests and benchmarks.
// Deterministic for a seed. Outcomes follow a collections team's usual mix, with the documented
// outcomes, a few undocumented ones and the odd spelling variant Levers is known to send.
import { createRandom, type Random } from "./random";
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

const OUTCOMES: readonly (readonly [Scenario, number])[] = [
  ["PAYMENT PROMISE", 26],
  ["PAYMENT EXTENSION", 10],
  ["CALL BACK REQUESTED", 14],
  ["WRONG NUMBER", 9],
  ["NOT INTERESTED", 11],
  ["PAYMENT COMPLETED", 7],
  ["VOICEMAIL", 8],
  ["DISPUTE", 4],
  ["DO NOT CALL", 2],
  ["NO ANSWER", 9],
];

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

const COUNTRIES = [
  { code: "+1", weight: 40, local: (r: Random) => `${r.pick(["212", "415", "646", "312", "713", "305", "507", "612"])}${r.int(2000000, 9999999)}` },
  { code: "+44", weight: 15, local: (r: Random) => `7${r.int(100000000, 999999999)}` },
  { code: "+971", weight: 15, local: (r: Random) => `5${r.pick(["0", "2", "5", "6", "8"])}${r.int(1000000, 9999999)}` },
  { code: "+52", weight: 10, local: (r: Random) => `${r.pick(["55", "33", "81"])}${r.int(10000000, 99999999)}` },
  { code: "+49", weight: 10, local: (r: Random) => `1${r.pick(["51", "52", "60", "70", "76"])}${r.int(1000000, 99999999)}` },
  { code: "+91", weight: 10, local: (r: Random) => `${r.pick(["9", "8", "7"])}${r.int(100000000, 999999999)}` },
] as const;

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

function phoneNumber(r: Random): string {
  const country = r.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
  return `${country.code}${country.local(r)}`;
}

/** One call. `index` and `seed` together decide everything, so calls can be made in any order. */
export function generateCall(index: number, options: GenerateOptions = {}): GeneratedCall {
  const { seed = 1, now = new Date(), spreadDays = 30 } = options;
  const r = createRandom(seed * 1_000_003 + index);
  const delivered = r.next() > 0.09;
  const scenario: Scenario = delivered ? r.weighted(OUTCOMES.filter(([o]) => o !== "NO ANSWER")) : "NO ANSWER";
  const sentiment = r.weighted(SENTIMENT_BY_OUTCOME[scenario]);
  const [minDuration, maxDuration] = DURATION_BY_OUTCOME[scenario];
  const project = r.weighted(PROJECTS);
  // Busier on weekday working hours; a call lands anywhere in the window.
  const endedAt = new Date(now.getTime() - Math.floor(r.next() * spreadDays * 86_400_000));
  const story = transcriptFor(scenario, r);
  const callId = r.uuid();
  return {
    endedAt,
    payload: {
      providerCallId: callId,
      numberFrom: r.pick(LEVERS_NUMBERS),
      numberTo: phoneNumber(r),
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
      metadata: { requestMetadata: { project_id: project, extra_id: `acct_${r.int(100000, 999999)}` } },
    },
  };
}

/** `count` calls, newest last is not guaranteed: each call's time is drawn independently. */
export function generateCalls(count: number, options: GenerateOptions = {}): GeneratedCall[] {
  return Array.from({ length: count }, (_, index) => generateCall(index, options));
}
