// The demo calls' recordings: a few short clips made by code on first use (demo-audio.ts), so that a
// newcomer's player plays without any storage set up, and no audio file sits in the repository.
// The demo data refers to them as `demo-recordings:<name>` (scripts/demo-data.ts); the call page
// plays them from /api/demo-recordings/<name>, for signed-in users (lib/calls/recording.ts).
import { conversationSamples, encodeWav, ringingSamples } from "./demo-audio";

export const DEMO_RECORDING_BUCKET = "demo-recordings";

// Words per turn, the AI first: about 8 and 14 seconds.
const CLIPS = {
  "conversation-short.wav": () => conversationSamples([5, 2, 6, 3], 11),
  "conversation-long.wav": () => conversationSamples([6, 3, 7, 4, 5, 2], 12),
  "ringing.wav": () => ringingSamples(2),
} as const;

export type DemoRecordingName = keyof typeof CLIPS;

export function isDemoRecordingName(name: string): name is DemoRecordingName {
  return Object.hasOwn(CLIPS, name);
}

/** The clip a demo call gets: ringing for a call nobody answered, else by the call's length. */
export function demoRecordingFor(durationSeconds: number): DemoRecordingName {
  if (durationSeconds === 0) return "ringing.wav";
  return durationSeconds < 120 ? "conversation-short.wav" : "conversation-long.wav";
}

const made = new Map<DemoRecordingName, Uint8Array<ArrayBuffer>>();

/** The clip's WAV bytes, made once per process (a few milliseconds, about 150-280 KB each). */
export function demoRecordingWav(name: DemoRecordingName): Uint8Array<ArrayBuffer> {
  let wav = made.get(name);
  if (!wav) {
    wav = encodeWav(CLIPS[name]());
    made.set(name, wav);
  }
  return wav;
}
