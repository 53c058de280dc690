import { describe, expect, it } from "vitest";
import { daySpanOf, previousRange } from "./period";

const now = new Date("2026-11-01T10:00:00Z");

describe("periods", () => {
  it("covers the calendar days of a preset in the dashboard's time zone", () => {
    expect(daySpanOf({ preset: "7d" }, now, "Europe/Berlin")).toEqual({ from: "2026-10-26", to: "2026-11-01" });
    // Already 1 November in Tokyo... and still 31 October in Los Angeles at 03:00 local.
    expect(daySpanOf({ preset: "today" }, new Date("2026-10-31T16:00:00Z"), "Asia/Tokyo")).toEqual({ from: "2026-11-01", to: "2026-11-01" });
    expect(daySpanOf({ preset: "today" }, new Date("2026-10-31T10:00:00Z"), "America/Los_Angeles")).toEqual({ from: "2026-10-31", to: "2026-10-31" });
    expect(daySpanOf({ preset: "all" }, now, "UTC")).toBeNull();
  });

  it("compares with the same number of days just before, across a daylight-saving change", () => {
    // 30 days ending 1 November in Berlin, where 25 October has 25 hours.
    expect(previousRange({ preset: "30d" }, now, "Europe/Berlin")).toEqual({ preset: "custom", from: "2026-09-03", to: "2026-10-02" });
    expect(previousRange({ preset: "custom", from: "2026-10-19", to: "2026-10-28" }, now, "Europe/Berlin")).toEqual({
      preset: "custom",
      from: "2026-10-09",
      to: "2026-10-18",
    });
    expect(previousRange({ preset: "all" }, now, "UTC")).toBeNull();
  });
});
