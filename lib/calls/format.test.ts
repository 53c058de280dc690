import { describe, expect, it } from "vitest";
import { formatCallTime, formatDuration, timeZoneName } from "./format";

describe("format", () => {
  it("shows times in the dashboard's time zone", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(formatCallTime(instant, "UTC")).toBe("30 Nov 2026, 23:30");
    expect(formatCallTime(instant, "Europe/Berlin")).toBe("01 Dec 2026, 00:30");
    expect(timeZoneName(instant, "UTC")).toBe("UTC");
  });

  it("writes durations for people", () => {
    expect([formatDuration(null), formatDuration(0), formatDuration(59), formatDuration(61), formatDuration(3725)]).toEqual([
      "–", "0s", "59s", "1m 01s", "1h 02m",
    ]);
  });
});
