import { describe, expect, it } from "vitest";
import { dayOf, resolveDateRange } from "./date-range";

describe("resolveDateRange", () => {
  const now = new Date("2026-11-30T23:30:00Z"); // already Dec 1 in Berlin (UTC+1)

  it("resolves presets to whole local days ending today", () => {
    expect(resolveDateRange({ preset: "today" }, now, "UTC")).toEqual({
      from: new Date("2026-11-30T00:00:00Z"),
      to: new Date("2026-12-01T00:00:00Z"),
    });
    expect(resolveDateRange({ preset: "7d" }, now, "Europe/Berlin")).toEqual({
      from: new Date("2026-11-24T23:00:00Z"),
      to: new Date("2026-12-01T23:00:00Z"),
    });
    expect(resolveDateRange({ preset: "all" }, now, "UTC")).toEqual({ from: null, to: null });
  });

  it("makes custom days inclusive, across a daylight-saving change", () => {
    // Berlin left summer time on 2026-10-25: that day has 25 hours.
    const range = resolveDateRange({ preset: "custom", from: "2026-10-25", to: "2026-10-25" }, now, "Europe/Berlin");
    expect(range).toEqual({ from: new Date("2026-10-24T22:00:00Z"), to: new Date("2026-10-25T23:00:00Z") });
    expect(resolveDateRange({ preset: "custom", from: "2026-10-01" }, now, "UTC")).toEqual({ from: new Date("2026-10-01T00:00:00Z"), to: null });
  });

  it("knows the local day of an instant", () => {
    expect(dayOf(now, "UTC")).toBe("2026-11-30");
    expect(dayOf(now, "Europe/Berlin")).toBe("2026-12-01");
    expect(dayOf(now, "America/Los_Angeles")).toBe("2026-11-30");
  });
});
