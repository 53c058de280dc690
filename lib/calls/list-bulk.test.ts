import { describe, expect, it } from "vitest";
import { applyToAllLabel, bulkConfirmQuestion } from "./list-bulk";

describe("the bulk bar's words", () => {
  it("ask with the counted number of calls", () => {
    expect(bulkConfirmQuestion({ action: "mark_reviewed" }, 1234)).toBe("Mark all 1,234 calls of this filter reviewed?");
    expect(bulkConfirmQuestion({ action: "assign", assigneeId: "u1", name: "Dana" }, 1)).toBe("Assign all 1 call of this filter to Dana?");
    expect(bulkConfirmQuestion({ action: "assign", assigneeId: null, name: "nobody" }, 2)).toBe("Unassign all 2 calls of this filter?");
    expect(bulkConfirmQuestion({ action: "tag", tag: "hardship" }, 40)).toBe("Tag all 40 calls of this filter “hardship”?");
  });

  it("say when the list's total is an estimate", () => {
    expect(applyToAllLabel({ value: 312, exact: true })).toBe("Apply to all 312 calls of this filter");
    expect(applyToAllLabel({ value: 12001, exact: false })).toBe("Apply to all about 12,001 calls of this filter");
  });
});
