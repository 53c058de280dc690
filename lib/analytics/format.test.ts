import { describe, expect, it } from "vitest";
import { formatChange, formatPercent, formatSeconds } from "./format";
import { countChange, rateChange, rateOf } from "./rates";

describe("rates and their changes", () => {
  it("never divides by zero", () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(formatPercent(rateOf(3, 0))).toBe("no calls");
    expect(formatPercent(rateOf(1, 3))).toBe("33.3%");
    expect(formatSeconds(null, "no delivered calls")).toBe("no delivered calls");
    expect(formatSeconds(169.375)).toBe("2m 49s");
  });

  it("reports changes in percent for counts and in points for rates", () => {
    expect(formatChange(countChange(10, 8))).toBe("+25.0%");
    expect(formatChange(countChange(4, 0))).toBe("new");
    expect(formatChange(countChange(4, undefined))).toBeNull();
    expect(formatChange(rateChange(1 / 3, 0.5))).toBe("−16.7 pts");
    expect(formatChange(rateChange(null, 0.5))).toBeNull();
    expect(formatChange(rateChange(0.5, 0.5))).toBe("±0.0 pts");
  });
});
