import { describe, expect, it } from "vitest";
import { highlightTerms, searchTerms, splitMarked } from "./highlight";

describe("splitMarked", () => {
  it("turns database markers into highlighted parts", () => {
    expect(splitMarked("I will ⟦pay⟧ on ⟦Friday⟧.")).toEqual([
      { text: "I will ", highlighted: false },
      { text: "pay", highlighted: true },
      { text: " on ", highlighted: false },
      { text: "Friday", highlighted: true },
      { text: ".", highlighted: false },
    ]);
    expect(splitMarked("<b>plain</b>")).toEqual([{ text: "<b>plain</b>", highlighted: false }]);
  });
});

describe("highlightTerms", () => {
  it("marks words starting with a search term, case-insensitively", () => {
    const terms = searchTerms('"Pay" friday -refund or x');
    expect(terms).toEqual(["pay", "friday"]);
    expect(highlightTerms("Payment due Friday, repay later", terms)).toEqual([
      { text: "Payment", highlighted: true },
      { text: " due ", highlighted: false },
      { text: "Friday", highlighted: true },
      { text: ", repay later", highlighted: false },
    ]);
  });

  it("escapes regular expression characters in terms", () => {
    expect(highlightTerms("a (b) c", ["(b"])).toEqual([{ text: "a (b) c", highlighted: false }]);
  });
});
