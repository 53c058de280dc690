import { describe, expect, it } from "vitest";
import { bucketSpan, bucketStart, bucketStarts, formatBucket, nextBucket, parseGrain } from "./grain";

describe("time buckets", () => {
  it("starts weeks on Monday and months on the 1st", () => {
    expect(bucketStart("2026-10-25", "week")).toBe("2026-10-19"); // a Sunday
    expect(bucketStart("2026-10-26", "week")).toBe("2026-10-26"); // a Monday
    expect(bucketStart("2026-10-25", "month")).toBe("2026-10-01");
    expect(nextBucket("2026-12-01", "month")).toBe("2027-01-01");
  });

  it("lists every bucket of a range, empty ones included", () => {
    expect(bucketStarts("day", "2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(bucketStarts("week", "2026-10-21", "2026-11-02")).toEqual(["2026-10-19", "2026-10-26", "2026-11-02"]);
    expect(bucketStarts("month", "2026-11-15", "2027-01-03")).toEqual(["2026-11-01", "2026-12-01", "2027-01-01"]);
  });

  it("cuts a bucket at the edges of the range", () => {
    expect(bucketSpan("2026-10-19", "week", { from: "2026-10-21", to: "2026-10-23" })).toEqual({ from: "2026-10-21", to: "2026-10-23" });
    expect(bucketSpan("2026-02-01", "month", null)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("reads the grouping from the URL, or picks one from the range's length", () => {
    expect(parseGrain({ group: "month" }, { from: "2026-10-01", to: "2026-10-07" })).toEqual({ grain: "month" });
    expect(parseGrain({}, { from: "2026-10-01", to: "2026-10-30" }).grain).toBe("day");
    expect(parseGrain({}, { from: "2026-07-01", to: "2026-09-28" }).grain).toBe("week");
    expect(parseGrain({}, null).grain).toBe("month");
    expect(parseGrain(new URLSearchParams("group=hour"), { from: "2026-10-01", to: "2026-10-02" })).toEqual({
      grain: "day",
      notice: 'Ignored grouping "hour": expected day, week or month.',
    });
  });

  it("labels buckets for people", () => {
    expect(formatBucket("2026-10-19", "week")).toBe("Week of Oct 19");
    expect(formatBucket("2026-10-01", "month")).toBe("Oct 2026");
  });
});
