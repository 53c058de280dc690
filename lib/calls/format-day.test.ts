import { describe, expect, it } from "vitest";
import { formatCallTime } from "./format";
import { formatDateRange, formatDay } from "./format-day";

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
});
