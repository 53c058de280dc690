import { describe, expect, it } from "vitest";
import { labelForKey, normalizeLabel } from "./outcome";

describe("normalizeLabel", () => {
  it.each([
    ["PAYMENT PROMISE", "payment_promise"],
    ["PAYMENT_PROMISE", "payment_promise"],
    ["payment promise", "payment_promise"],
    ["  Payment-Promise ", "payment_promise"],
    ["CALL BACK REQUESTED", "call_back_requested"],
    ["CALL_RESULT", "call_result"],
    ["NEUTRAL", "neutral"],
  ])("%j -> %j", (label, key) => expect(normalizeLabel(label)).toBe(key));

  it("keeps blank and missing labels as null", () => {
    expect(normalizeLabel("")).toBeNull();
    expect(normalizeLabel("  ")).toBeNull();
    expect(normalizeLabel(null)).toBeNull();
    expect(normalizeLabel(undefined)).toBeNull();
  });
});

describe("labelForKey", () => {
  it("uses the documented label, else the key in sentence case", () => {
    expect(labelForKey("payment_promise")).toBe("Payment promise");
    expect(labelForKey("voicemail")).toBe("Voicemail");
    expect(labelForKey("do_not_call")).toBe("Do not call");
    expect(labelForKey(null)).toBe("None");
  });
});
