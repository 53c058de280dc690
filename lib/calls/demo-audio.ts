// Audio for the demo recordings, made by code: speech-like turns (not words) and a ringback tone,
// as 16-bit mono PCM WAV at a phone line's 8 kHz. Speech-like means a source-filter model: a
// glottal pulse train at the voice's pitch through three formant resonators (Klatt's), vowels
// gliding into each other, noise for consonants, pauses between words and turns, line hiss.
import { createRandom, type Random } from "./random";

export const SAMPLE_RATE = 8000;
const T = 1 / SAMPLE_RATE;

type Voice = { f0: [start: number, end: number]; formantScale: number };
/** The AI speaks higher than the contact, so the turns are told apart by ear. */
export const VOICES = {
  ai: { f0: [205, 170], formantScale: 1.15 },
  contact: { f0: [125, 98], formantScale: 1 },
} satisfies Record<string, Voice>;

// F1-F3 of a few vowels (Peterson and Barney, an adult male voice).
const VOWELS: readonly [number, number, number][] = [
  [730, 1090, 2440], [530, 1840, 2480], [270, 2290, 3010], [570, 840, 2410], [300, 870, 2240], [660, 1720, 2410], [490, 1350, 1690],
];
const BANDWIDTHS = [70, 100, 160];

/** A two-pole resonator (Klatt 1980) whose frequency may change from sample to sample. */
function resonator(bandwidth: number) {
  let y1 = 0;
  let y2 = 0;
  const c = -Math.exp(-2 * Math.PI * bandwidth * T);
  const r = Math.exp(-Math.PI * bandwidth * T);
  return (x: number, frequency: number) => {
    const b = 2 * r * Math.cos(2 * Math.PI * frequency * T);
    const y = (1 - b - c) * x + b * y1 + c * y2;
    y2 = y1;
    y1 = y;
    return y;
  };
}

/** Rosenberg's glottal pulse over one period (phase 0..1): open, closing, closed. */
function glottis(phase: number): number {
  if (phase < 0.4) return 0.5 * (1 - Math.cos((Math.PI * phase) / 0.4));
  if (phase < 0.56) return Math.cos((Math.PI * (phase - 0.4)) / 0.32);
  return 0;
}

type Segment = { kind: "vowel"; seconds: number; vowel: [number, number, number]; pitch: number; loudness: number } | { kind: "noise"; seconds: number; loudness: number; burst: boolean } | { kind: "pause"; seconds: number };

/** The segments of one turn of `words` words: syllables of an optional consonant and a vowel. */
function turnSegments(words: number, voice: Voice, r: Random): Segment[] {
  const segments: Segment[] = [];
  const syllables = Array.from({ length: words }, () => r.weighted([[1, 5], [2, 4], [3, 1]] as const));
  const total = syllables.reduce((sum, n) => sum + n, 0);
  let done = 0;
  for (const count of syllables) {
    for (let s = 0; s < count; s++) {
      const stressed = s === 0;
      // Declination: the pitch falls across the turn, with a lift on stressed syllables.
      const pitch = (voice.f0[0] + ((voice.f0[1] - voice.f0[0]) * done) / total) * (stressed ? 1.1 : 1) * (0.97 + 0.06 * r.next());
      if (r.chance(0.7)) segments.push(r.chance(0.5) ? { kind: "noise", seconds: 0.05 + 0.05 * r.next(), loudness: 0.5, burst: false } : { kind: "noise", seconds: 0.02, loudness: 1, burst: true });
      const vowel = r.pick(VOWELS).map((f) => f * voice.formantScale);
      segments.push({ kind: "vowel", seconds: (stressed ? 0.16 : 0.1) + 0.08 * r.next(), vowel: [vowel[0]!, vowel[1]!, vowel[2]!], pitch, loudness: stressed ? 1 : 0.7 });
      done += 1;
    }
    segments.push({ kind: "pause", seconds: 0.04 + 0.08 * r.next() });
  }
  return segments;
}

/** Speech-like turns: `turns[i]` words each, the AI first and the contact answering. */
export function conversationSamples(turns: readonly number[], seed: number): Float32Array {
  const r = createRandom(seed);
  const segments: Segment[] = [{ kind: "pause", seconds: 0.3 }];
  turns.forEach((words, i) => {
    segments.push(...turnSegments(words, i % 2 === 0 ? VOICES.ai : VOICES.contact, r));
    segments.push({ kind: "pause", seconds: 0.45 + 0.35 * r.next() });
  });
  const length = Math.ceil(segments.reduce((sum, s) => sum + s.seconds, 0) * SAMPLE_RATE);
  // Voiced and noise parts apart: the resonators' gain is far above the noise's, each is scaled on its own.
  const voiced = new Float32Array(length);
  const noise = new Float32Array(length);
  let lastNoise = 0;
  const filters = BANDWIDTHS.map(resonator);
  const formants = [500, 1500, 2500];
  let phase = 0;
  let previous = 0;
  let at = 0;
  for (const segment of segments) {
    const n = Math.round(segment.seconds * SAMPLE_RATE);
    for (let i = 0; i < n && at < length; i++, at++) {
      // A raised-cosine edge of 12 ms keeps segments from clicking.
      const edge = Math.min(1, i / 96, (n - i) / 96);
      const envelope = 0.5 - 0.5 * Math.cos(Math.PI * edge);
      if (segment.kind === "vowel") {
        // Formants glide to the vowel's (coarticulation): a 20 ms one-pole approach per sample.
        for (let f = 0; f < 3; f++) formants[f]! += (segment.vowel[f]! - formants[f]!) * 0.006;
        phase += segment.pitch * T * (1 + 0.01 * (r.next() - 0.5));
        if (phase >= 1) phase -= 1;
        const g = glottis(phase);
        let x = (g - previous) * segment.loudness * envelope; // the derivative: lip radiation
        previous = g;
        for (let f = 0; f < 3; f++) x = filters[f]!(x, formants[f]!);
        voiced[at] = x;
      } else if (segment.kind === "noise") {
        // A first difference of white noise: hiss-like, high in the spectrum, as /s/ and /t/ are.
        const white = r.next() - r.next();
        noise[at] = (white - lastNoise) * segment.loudness * (segment.burst ? Math.exp(-i / 40) : envelope);
        lastNoise = white;
      }
    }
  }
  normalize(voiced, 0.8);
  normalize(noise, 0.3);
  return voiced.map((v, i) => v + noise[i]! + (r.next() - 0.5) * 0.006); // and line hiss, pauses included
}

/** A ringback tone (440 + 480 Hz, 2 s on, 4 s off), `rings` times: a call nobody answered. */
export function ringingSamples(rings: number): Float32Array {
  const cycle = 6 * SAMPLE_RATE;
  const out = new Float32Array(rings * cycle - 3 * SAMPLE_RATE);
  for (let at = 0; at < out.length; at++) {
    const inCycle = at % cycle;
    if (inCycle >= 2 * SAMPLE_RATE) continue;
    const edge = Math.min(1, inCycle / 80, (2 * SAMPLE_RATE - inCycle) / 80);
    const t = at * T;
    out[at] = 0.25 * edge * (Math.sin(2 * Math.PI * 440 * t) + Math.sin(2 * Math.PI * 480 * t));
  }
  return out;
}

function normalize(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  if (max > 0) for (let i = 0; i < samples.length; i++) samples[i] = (samples[i]! / max) * peak;
  return samples;
}

/** 16-bit PCM mono WAV (RIFF) of samples in -1..1. */
export function encodeWav(samples: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(44 + samples.length * 2));
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
}
