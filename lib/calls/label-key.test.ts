import { describe, expect, it } from "vitest";
import { boundLabel, MAX_LABEL_CHARS } from "./label-key";

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
