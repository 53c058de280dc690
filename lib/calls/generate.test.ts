import { describe, expect, it } from "vitest";
import { parseLeversEvent } from "@/lib/webhooks/levers/payload";
import { generateCall, generateCalls } from "./generate";
import { normalizeLabel } from "./outcome";

const now = new Date("2026-11-30T12:00:00Z");

describe("generateCalls", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateCalls(5, { seed: 7, now })).toEqual(generateCalls(5, { seed: 7, now }));
    expect(generateCall(0, { seed: 7, now }).payload.providerCallId).not.toBe(generateCall(0, { seed: 8, now }).payload.providerCallId);
  });

  it("makes payloads the webhook schema accepts, with unique call ids", () => {
    const calls = generateCalls(500, { seed: 3, now });
    for (const { payload } of calls) expect(parseLeversEvent(payload).kind).toBe("call_ended");
    expect(new Set(calls.map((c) => c.payload.providerCallId)).size).toBe(500);
  });

  it("varies outcomes (documented, undocumented, spelling variants), countries and projects", () => {
    const calls = generateCalls(2000, { seed: 11, now });
    const keys = new Set(calls.map((c) => normalizeLabel(c.payload.callOutput)));
    for (const key of ["payment_promise", "payment_extension", "call_back_requested", "wrong_number", "not_interested", "payment_completed", "voicemail"]) {
      expect(keys).toContain(key);
    }
    const labels = new Set(calls.map((c) => c.payload.callOutput));
    expect(labels).toContain("PAYMENT PROMISE");
    expect(labels).toContain("PAYMENT_PROMISE");
    expect(new Set(calls.map((c) => c.payload.numberTo.slice(0, 3))).size).toBeGreaterThanOrEqual(5);
    expect(calls.every((c) => /^\+\d{8,15}$/.test(c.payload.numberTo))).toBe(true);
    expect(new Set(calls.map((c) => c.payload.metadata.requestMetadata.project_id)).size).toBe(6);
    expect(calls.some((c) => c.payload.summary === null)).toBe(true);
  });

  it("spreads calls over the window before now, with speaker turns in answered calls", () => {
    const calls = generateCalls(300, { seed: 5, now, spreadDays: 14 });
    const earliest = now.getTime() - 14 * 86_400_000;
    expect(calls.every((c) => c.endedAt.getTime() <= now.getTime() && c.endedAt.getTime() >= earliest)).toBe(true);
    const answered = calls.filter((c) => c.payload.deliveryStatus === "pass" && normalizeLabel(c.payload.callOutput) === "payment_promise");
    expect(answered.length).toBeGreaterThan(0);
    for (const { payload } of answered) {
      expect(payload.transcription).toMatch(/^AI: /);
      expect(payload.transcription).toContain("\nCustomer: ");
    }
  });
});
