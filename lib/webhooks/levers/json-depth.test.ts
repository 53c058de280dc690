import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("nestsDeeperThan", () => {
  it("counts objects and arrays, up to the limit and one past it", () => {
    expect(nestsDeeperThan(nested(64), 64)).toBe(false);
    expect(nestsDeeperThan(nested(65), 64)).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(63)}}`, 64)).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan(`{"a":"${"[{".repeat(100)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`{"a":"\\"${"[".repeat(100)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`{"a\\\\":[[[]]]}`, 3)).toBe(true);
  });

  it("scans 1,000,000 levels without recursion", () => {
    expect(nestsDeeperThan(nested(1_000_000))).toBe(true);
  });
});
