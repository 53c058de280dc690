import { describe, expect, it } from "vitest";
import { MAX_TAG_CHARS, normalizeTag } from "./tag";

describe("normalizeTag", () => {
  it.each([
    ["supervisor-requested", "supervisor-requested"],
    ["  Supervisor requested! ", "supervisor-requested"],
    ["SUPERVISOR_REQUESTED", "supervisor-requested"],
    ["Härtefall", "härtefall"],
    ["２０２６ complaint", "2026-complaint"],
    ["!!!", null],
    ["", null],
  ])("%j -> %j", (text, tag) => {
    expect(normalizeTag(text)).toBe(tag);
  });

  it("bounds the length without a trailing dash", () => {
    const tag = normalizeTag(`${"a".repeat(MAX_TAG_CHARS - 1)} bcd`)!;
    expect(tag).toBe("a".repeat(MAX_TAG_CHARS - 1));
    expect(normalizeTag("x".repeat(500))).toHaveLength(MAX_TAG_CHARS);
  });
});
