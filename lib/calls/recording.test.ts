import { describe, expect, it } from "vitest";
import { resolveRecording } from "./recording";

const reference = "levers-test-bucket:livekit-egress/56d4/6e0a/recording 1.mp3";

describe("resolveRecording", () => {
  it("plays an http(s) URL as it is", () => {
    expect(resolveRecording("https://cdn.example.com/a.mp3", undefined)).toEqual({ kind: "playable", src: "https://cdn.example.com/a.mp3" });
  });

  it("turns a bucket reference into a URL with the template", () => {
    expect(resolveRecording(reference, "https://storage.example.com/{bucket}/{key}")).toEqual({
      kind: "playable",
      src: "https://storage.example.com/levers-test-bucket/livekit-egress/56d4/6e0a/recording%201.mp3",
    });
    expect(resolveRecording(reference, "https://s3.example.com/files/{key}?download=0")).toMatchObject({
      src: "https://s3.example.com/files/livekit-egress/56d4/6e0a/recording%201.mp3?download=0",
    });
  });

  it("shows the reference without a template, and nothing without a recording", () => {
    expect(resolveRecording(reference, undefined)).toEqual({ kind: "reference", reference });
    expect(resolveRecording("javascript:alert(1)", undefined)).toEqual({ kind: "reference", reference: "javascript:alert(1)" });
    expect(resolveRecording("  ", "https://x/{key}")).toEqual({ kind: "none" });
    expect(resolveRecording(null, undefined)).toEqual({ kind: "none" });
  });

  it("plays the demo calls' clips from the dashboard, whatever the template", () => {
    const demo = { kind: "playable", src: "/api/demo-recordings/ringing.wav", demo: true };
    expect(resolveRecording("demo-recordings:ringing.wav", undefined)).toEqual(demo);
    expect(resolveRecording("demo-recordings:ringing.wav", "https://x/{bucket}/{key}")).toEqual(demo);
    // Another key in that bucket is an ordinary reference.
    expect(resolveRecording("demo-recordings:../ringing.wav", undefined)).toEqual({ kind: "reference", reference: "demo-recordings:../ringing.wav" });
  });
});
