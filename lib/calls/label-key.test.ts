import { describe, expect, it } from "vitest";
import { boundLabel, boundNumber, MAX_LABEL_CHARS, MAX_NUMBER_CHARS } from "./label-key";

describe("boundLabel", () => {
  it("keeps ordinary labels, bounds long ones to a prefix and a hash, idempotently", () => {
    expect(boundLabel("payment_promise")).toBe("payment_promise");
    expect(boundLabel(null)).toBeNull();
    const long = "a".repeat(3000);
    const bounded = boundLabel(long);
    expect(bounded.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(bounded.startsWith("a".repeat(96))).toBe(true);
    expect(boundLabel(bounded)).toBe(bounded);
    expect(boundLabel(`${long}b`)).not.toBe(bounded);
  });

  it("never cuts a surrogate pair in two", () => {
    const bounded = boundLabel(`${"a".repeat(95)}${"\ud83d\ude00".repeat(100)}`);
    expect(bounded).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("boundNumber", () => {
  it("keeps phone numbers as sent, bounds a longer text to 40 characters, idempotently", () => {
    for (const number of ["+15074106928", "+1 (507) 410-6928 ext. 1234", null]) expect(boundNumber(number)).toBe(number);
    const long = `+44${"7".repeat(60)}`;
    const bounded = boundNumber(long);
    expect(bounded).toHaveLength(MAX_NUMBER_CHARS);
    expect(bounded).toMatch(/^\+447{12}…[0-9a-f]{24}$/);
    expect(boundNumber(bounded)).toBe(bounded);
    expect(boundNumber(`${long}7`)).not.toBe(bounded);
  });
});
