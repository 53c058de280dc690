import { describe, expect, it } from "vitest";
import { bucketCoverage } from "./partial";

const today = "2026-12-01"; // a Tuesday

describe("partial periods", () => {
  it("marks the first week or month the range cuts", () => {
    // Last 90 days from Sep 3 (a Thursday): the week of Aug 31 holds only Sep 3-6.
    expect(bucketCoverage("2026-08-31", "week", { from: "2026-09-03", to: today }, today)).toEqual({ partial: true, note: "Partial week: Sep 3 – Sep 6 only (the range starts on Sep 3)" });
    expect(bucketCoverage("2026-09-01", "month", { from: "2026-09-03", to: today }, today)).toMatchObject({ partial: true, note: expect.stringContaining("Sep 3 – Sep 30 only") });
    expect(bucketCoverage("2026-09-07", "week", { from: "2026-09-03", to: today }, today)).toEqual({ partial: false });
  });

  it("marks the current period, which is not over yet, as so far", () => {
    expect(bucketCoverage("2026-11-30", "week", { from: "2026-09-03", to: today }, today)).toEqual({ partial: true, note: "Partial week: Nov 30 – Dec 1 so far" });
    expect(bucketCoverage("2026-12-01", "month", { from: "2026-09-03", to: today }, today)).toEqual({ partial: true, note: "Partial month: Dec 1 so far" });
    expect(bucketCoverage(today, "day", { from: "2026-11-01", to: today }, today)).toEqual({ partial: true, note: "Partial day: today so far" });
    expect(bucketCoverage("2026-11-30", "day", { from: "2026-11-01", to: today }, today)).toEqual({ partial: false });
    // All time: nothing cuts the first period, but the current one is still running.
    expect(bucketCoverage("2026-10-01", "month", null, today)).toEqual({ partial: false });
    expect(bucketCoverage("2026-11-30", "week", null, today)).toMatchObject({ partial: true });
  });

  it("marks the last period a past range cuts, and a range inside one period", () => {
    expect(bucketCoverage("2026-10-26", "week", { from: "2026-10-19", to: "2026-10-28" }, today)).toEqual({ partial: true, note: "Partial week: Oct 26 – Oct 28 only (the range ends on Oct 28)" });
    expect(bucketCoverage("2026-10-19", "week", { from: "2026-10-20", to: "2026-10-22" }, today)).toEqual({ partial: true, note: "Partial week: Oct 20 – Oct 22 only (the range covers only these days)" });
    expect(bucketCoverage("2026-10-19", "week", { from: "2026-10-19", to: "2026-10-28" }, today)).toEqual({ partial: false });
  });
});
