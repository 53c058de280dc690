import { describe, expect, it } from "vitest";
import { conversationSamples, encodeWav, SAMPLE_RATE } from "./demo-audio";
import { demoRecordingFor, demoRecordingWav, isDemoRecordingName } from "./demo-recordings";

const NAMES = ["conversation-short.wav", "conversation-long.wav", "ringing.wav"] as const;

/** The samples of a 16-bit PCM mono WAV, after checking its header says so. */
function readWav(wav: Uint8Array): Float32Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const text = (offset: number) => String.fromCharCode(...wav.subarray(offset, offset + 4));
  expect([text(0), text(8), text(12), text(36)]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
  expect(view.getUint32(4, true)).toBe(wav.length - 8);
  expect([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true), view.getUint16(34, true)]).toEqual([1, 1, SAMPLE_RATE, 16]);
  expect(view.getUint32(40, true)).toBe(wav.length - 44);
  return Float32Array.from({ length: (wav.length - 44) / 2 }, (_, i) => view.getInt16(44 + i * 2, true) / 32768);
}

/** RMS of consecutive 50 ms frames. */
function frameLevels(samples: Float32Array): number[] {
  const size = SAMPLE_RATE / 20;
  const levels: number[] = [];
  for (let start = 0; start + size <= samples.length; start += size) {
    let sum = 0;
    for (let i = start; i < start + size; i++) sum += samples[i]! ** 2;
    levels.push(Math.sqrt(sum / size));
  }
  return levels;
}

describe("demo recordings", () => {
  it.each(NAMES)("%s is a short, audible WAV with pauses in it", (name) => {
    const samples = readWav(demoRecordingWav(name));
    const seconds = samples.length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(5);
    expect(seconds).toBeLessThan(20);
    const levels = frameLevels(samples);
    const quiet = levels.filter((level) => level < 0.01).length / levels.length;
    expect(quiet).toBeGreaterThan(0.1); // pauses between words, turns or rings
    expect(quiet).toBeLessThan(0.7);
    expect(Math.max(...levels)).toBeGreaterThan(0.1);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(1);
  });

  it("is the same bytes on every start", () => {
    const clip = (seed: number) => Buffer.from(encodeWav(conversationSamples([3, 2], seed)));
    expect(clip(5).equals(clip(5))).toBe(true);
    expect(clip(5).equals(clip(6))).toBe(false);
    expect(demoRecordingWav("conversation-short.wav")).toBe(demoRecordingWav("conversation-short.wav"));
  });

  it("knows its names only, and picks a clip for a call", () => {
    expect(NAMES.every(isDemoRecordingName)).toBe(true);
    for (const name of ["../conversation-short.wav", "constructor", "__proto__", "ringing", ""]) expect(isDemoRecordingName(name)).toBe(false);
    expect([0, 45, 119, 120, 600].map(demoRecordingFor)).toEqual(["ringing.wav", "conversation-short.wav", "conversation-short.wav", "conversation-long.wav", "conversation-long.wav"]);
  });
});
