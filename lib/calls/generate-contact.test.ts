import { describe, expect, it } from "vitest";
import { computeCallingState } from "@/lib/compliance/calling-rules";
import { dayOf } from "./date-range";
import { generateCalls } from "./generate";
import { CALLS_PER_CONTACT } from "./generate-contact";

describe("generated contacts", () => {
  it("call each contact repeatedly, mostly within the rules, some above the limit, all inside the window", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const calls = generateCalls(8_000, { seed: 3, now, spreadDays: 90 });
    const byNumber = new Map<string, typeof calls>();
    for (const call of calls) byNumber.set(call.payload.numberTo, [...(byNumber.get(call.payload.numberTo) ?? []), call]);
    expect(byNumber.size).toBeLessThanOrEqual(8_000 / CALLS_PER_CONTACT + 5);
    const earliest = now.getTime() - 90 * 86_400_000;
    expect(calls.every((c) => c.endedAt.getTime() >= earliest && c.endedAt.getTime() <= now.getTime())).toBe(true);
    let over = 0;
    let after = 0;
    for (const list of byNumber.values()) {
      const ordered = [...list].sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
      const window = ordered.map((c) => ({
        id: c.payload.providerCallId,
        day: dayOf(c.endedAt, "UTC"),
        conversation: c.payload.deliveryStatus === "pass" && !["VOICEMAIL", "WRONG NUMBER"].includes(c.payload.callOutput.toUpperCase().replace(/_/g, " ")),
      }));
      for (const call of window) {
        const state = computeCallingState(call.day, window, call.id);
        if (state.overLimit) over++;
        if (state.afterConversation) after++;
      }
    }
    expect(over).toBeGreaterThan(0);
    expect(after / calls.length).toBeGreaterThan(0.01);
    expect(after / calls.length).toBeLessThan(0.08);
  });
});
