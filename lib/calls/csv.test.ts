import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1 555", "'+1 555"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\t=x", "'\t=x"],
    ["plain", "plain"],
  ])("neutralises formulas: %j", (input, expected) => expect(csvCell(input)).toBe(expected));

  it("quotes separators, quotes and line breaks, writes ISO times and empty nulls", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(new Date("2026-11-30T10:00:00Z"))).toBe("2026-11-30T10:00:00.000Z");
    expect(csvCell(null)).toBe("");
    expect(csvCell(-5)).toBe("-5");
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });
});
