import { describe, expect, it } from "vitest";
import { computeCallingState, describeBreach, describeCallingState, type WindowCall } from "./calling-rules";

const call = (id: string, day: string, conversation = false): WindowCall => ({ id, day, conversation });

describe("computeCallingState", () => {
  it("counts the attempts of the 7 days to a day and finds the next allowed day", () => {
    const calls = [call("a", "2026-11-25"), call("b", "2026-11-26"), call("c", "2026-11-27"), call("d", "2026-11-28", true), call("e", "2026-11-30"), call("f", "2026-12-01")];
    const state = computeCallingState("2026-12-01", calls);
    expect(state).toMatchObject({ windowStart: "2026-11-25", attempts: 6, conversationDay: "2026-11-28", nextAllowed: "2026-12-05" });
    expect(describeCallingState(state, "2026-12-01")).toBe("6 of 7 calls in the 7 days to Dec 1; a conversation on Nov 28: next call allowed from Dec 5");
  });

  it("ignores calls before the window", () => {
    const state = computeCallingState("2026-12-01", [call("old", "2026-11-24", true), call("a", "2026-11-25")]);
    expect(state).toMatchObject({ attempts: 1, conversationDay: null, nextAllowed: "2026-12-01" });
    expect(describeCallingState(state, "2026-12-01")).toBe("1 of 7 calls in the 7 days to Dec 1; no conversation in them: next call allowed today");
  });

  it("waits until the 7-day window holds fewer than 7 attempts", () => {
    // 7 attempts: 2 on Nov 25, 5 on Nov 29. The next is allowed once Nov 25 leaves the window: Dec 2.
    const calls = [call("a", "2026-11-25"), call("b", "2026-11-25"), ...["c", "d", "e", "f", "g"].map((id) => call(id, "2026-11-29"))];
    expect(computeCallingState("2026-12-01", calls).nextAllowed).toBe("2026-12-02");
    // 7 attempts on one day: allowed 7 days later.
    const sameDay = ["a", "b", "c", "d", "e", "f", "g"].map((id) => call(id, "2026-12-01"));
    expect(computeCallingState("2026-12-01", sameDay).nextAllowed).toBe("2026-12-08");
  });

  it("counts the conversation's day as the first of its 7", () => {
    const state = computeCallingState("2026-11-28", [call("a", "2026-11-28", true)]);
    expect(state.nextAllowed).toBe("2026-12-05");
  });

  it("flags a call as the 8th attempt in 7 days", () => {
    const calls = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id, i) => call(id, `2026-11-${String(20 + Math.floor(i / 2)).padStart(2, "0")}`));
    expect(computeCallingState("2026-11-23", calls, "g")).toMatchObject({ attempts: 7, overLimit: false });
    const eighth = computeCallingState("2026-11-23", calls, "h");
    expect(eighth).toMatchObject({ attempts: 8, overLimit: true, afterConversation: false });
    expect(describeBreach(eighth)).toBe("Placed against the calling rules: call 8 in 7 days (more than 7).");
    expect(describeCallingState(eighth)).toBe("8 calls in the 7 days to Nov 23, more than 7; no conversation in them: next call allowed from Nov 27");
  });

  it("flags a call within 7 days after a conversation, the same day included, but not the conversation itself", () => {
    const calls = [call("conv", "2026-11-28", true), call("same", "2026-11-28"), call("later", "2026-12-04")];
    expect(computeCallingState("2026-11-28", calls, "conv")).toMatchObject({ afterConversation: false, conversationBefore: null });
    expect(computeCallingState("2026-11-28", calls, "same")).toMatchObject({ afterConversation: true, conversationBefore: "2026-11-28" });
    const later = computeCallingState("2026-12-04", calls, "later");
    expect(later).toMatchObject({ afterConversation: true, conversationBefore: "2026-11-28" });
    expect(describeBreach(later)).toBe("Placed against the calling rules: within 7 days after the conversation on Nov 28.");
    expect(computeCallingState("2026-12-05", [...calls, call("ok", "2026-12-05")], "ok")).toMatchObject({ afterConversation: false });
  });
});
