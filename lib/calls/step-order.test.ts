import { describe, expect, it } from "vitest";
import { STEP_WORDS, stepSortOf } from "./step-order";

describe("stepSortOf", () => {
  it("walks the list's order, in time order where the list's cannot place the call", () => {
    expect(stepSortOf("newest", null)).toBe("newest");
    expect(stepSortOf("oldest", null)).toBe("oldest");
    expect(stepSortOf("longest", 30)).toBe("longest");
    expect(stepSortOf("shortest", 0)).toBe("shortest");
    expect(stepSortOf("longest", null)).toBe("newest");
    expect(stepSortOf("relevance", 30)).toBe("newest");
  });

  it("names the directions as the order runs", () => {
    expect(STEP_WORDS.newest).toEqual({ previous: "Newer", next: "Older" });
    expect(STEP_WORDS.oldest).toEqual({ previous: "Older", next: "Newer" });
    expect(STEP_WORDS.longest.next).toBe("Shorter");
    expect(STEP_WORDS.shortest.next).toBe("Longer");
  });
});
