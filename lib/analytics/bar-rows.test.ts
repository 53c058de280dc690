import { describe, expect, it } from "vitest";
import { durationColumns, projectBarRows, sliceBarRows } from "./bar-rows";
import { buildProjectRates } from "./distributions";
import { buildDurationHistogram } from "./durations";

const hrefFor = () => "/calls?x";

describe("bar rows", () => {
  it("writes the calls beside every project's rate, so one lucky call does not look like the best project", () => {
    const rows = projectBarRows(buildProjectRates([
      { projectId: "big", calls: 130, delivered: 120, promises: 48 },
      { projectId: "tiny", calls: 1, delivered: 1, promises: 1 },
      { projectId: "silent", calls: 2, delivered: 0, promises: 0 },
    ], hrefFor));
    expect(rows.map((r) => [r.label, r.valueText, r.fill])).toEqual([
      ["big", "40.0% · 120 delivered calls", 0.4],
      ["silent", "no delivered calls", null],
      ["tiny", "100.0% · 1 delivered call", 1],
    ]);
    expect(rows[2]!.detail).toBe("1 promise of 1 delivered call (1 call in all)");
  });

  it("gives outcome bars their count and share, the longest for the most frequent", () => {
    const rows = sliceBarRows([
      { key: "payment_promise", label: "Payment promise", calls: 3, share: 0.75, href: "/a" },
      { key: "wrong_number", label: "Wrong number", calls: 1, share: 0.25, href: "/b" },
    ]);
    expect(rows.map((r) => [r.valueText, r.fill, r.detail])).toEqual([
      ["3 · 75.0%", 1, "3 calls, 75.0% of 4"],
      ["1 · 25.0%", 1 / 3, "1 call, 25.0% of 4"],
    ]);
  });

  it("breaks the duration labels after their dash, so they stay apart on a phone", () => {
    const columns = durationColumns(buildDurationHistogram([{ bin: 1, calls: 1 }, { bin: 6, calls: 3 }, { bin: null, calls: 2 }], hrefFor).bins);
    expect(columns.map((c) => c.tick)).toEqual([["0s–", "30s"], ["30s–", "1m"], ["1m–", "2m"], ["2m–", "3m"], ["3m–", "5m"], ["5m–", "10m"], ["10m+"]]);
    expect(columns.map((c) => c.valueText)).toEqual(["0", "1", "0", "0", "0", "0", "3"]);
    expect(columns[1]!.detail).toBe("1 call, 25.0% of 4 calls with a duration");
  });
});
