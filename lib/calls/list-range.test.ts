import { describe, expect, it } from "vitest";
import { describePageRange, neighbourStarts, pageStart } from "./list-range";

const cursor = { t: "2026-11-30T10:00:00.000Z", id: "0190a8f0-0000-7000-8000-000000000001" };

describe("page range", () => {
  it("reads the start from the list, else from the link; the first page starts at 0", () => {
    expect(pageStart({ sort: "newest", size: 25 }, undefined)).toBe(0);
    expect(pageStart({ sort: "newest", size: 25, after: cursor, offset: 50 }, undefined)).toBe(50);
    expect(pageStart({ sort: "newest", size: 25, after: cursor, offset: 50 }, 49)).toBe(49);
    expect(pageStart({ sort: "newest", size: 25, before: cursor }, undefined)).toBeUndefined();
  });

  it("says where the page is, with 'about' for an estimate", () => {
    expect(describePageRange(25, 25, { value: 1200, exact: false })).toBe("26–50 of about 1,200");
    expect(describePageRange(0, 25, { value: 300, exact: true })).toBe("1–25 of 300");
    expect(describePageRange(275, 25, { value: 300, exact: true })).toBe("276–300 of 300");
    expect(describePageRange(undefined, 25, { value: 2001, exact: false })).toBe("25 of about 2,001");
    expect(describePageRange(0, 0, { value: 0, exact: true })).toBe("0 of 0");
    // An estimate short of the calls already paged through.
    expect(describePageRange(2400, 25, { value: 2001, exact: false })).toBe("2,401–2,425 of about 2,425");
  });

  it("gives the neighbours' starts", () => {
    expect(neighbourStarts(25, 25, 25)).toEqual({ previous: 0, next: 50 });
    expect(neighbourStarts(10, 25, 25)).toEqual({ previous: 0, next: 35 });
    expect(neighbourStarts(undefined, 25, 25)).toEqual({});
  });
});
