import { describe, expect, it } from "vitest";
import { formatCallTime } from "./format";
import { formatDateRange, formatDateRangeShort, formatDay } from "./format-day";

describe("formatDay", () => {
  it("writes a day as the list's times do", () => {
    expect(formatDay("2026-12-01")).toBe("01 Dec 2026");
    expect(formatCallTime(new Date("2026-12-01T10:29:00Z"), "UTC").startsWith(formatDay("2026-12-01"))).toBe(true);
    expect(formatDay("2026-13-45")).toBe("2026-13-45");
  });

  it("names a range", () => {
    expect(formatDateRange({ preset: "7d" })).toBe("Last 7 days");
    expect(formatDateRange({ preset: "custom", from: "2026-12-01", to: "2026-12-07" })).toBe("01 Dec 2026 – 07 Dec 2026");
    expect(formatDateRange({ preset: "custom", from: "2026-12-01", to: "2026-12-01" })).toBe("01 Dec 2026");
    expect(formatDateRange({ preset: "custom", from: "2026-12-01" })).toBe("From 01 Dec 2026");
    expect(formatDateRange({ preset: "custom", to: "2026-12-07" })).toBe("Until 07 Dec 2026");
  });

  it("names a range briefly for a narrow control", () => {
    expect(formatDateRangeShort({ preset: "custom", from: "2026-11-20", to: "2026-11-30" })).toBe("20–30 Nov 2026");
    expect(formatDateRangeShort({ preset: "custom", from: "2026-11-28", to: "2026-12-03" })).toBe("28 Nov – 03 Dec 2026");
    expect(formatDateRangeShort({ preset: "custom", from: "2025-12-28", to: "2026-01-03" })).toBe("28 Dec 2025 – 03 Jan 2026");
    expect(formatDateRangeShort({ preset: "custom", from: "2026-11-20" })).toBe("From 20 Nov 2026");
    expect(formatDateRangeShort({ preset: "30d" })).toBe("Last 30 days");
  });
});
