import { describe, expect, it } from "vitest";
import { describePeriod } from "./period-text";
import type { OutcomeCountsPoint, PromiseRatePoint } from "./series";
import { outcomesTooltip, partialLegend, promiseRateTooltip } from "./tooltips";

const mark = { partial: false, partialNote: null, tick: "Mar 2" };

describe("tooltips and legends", () => {
  it("say 1 call and 1 promise, not 1 calls", () => {
    const point: PromiseRatePoint = { ...mark, bucket: "2026-03-02", label: "Mar 2", rate: 1, promises: 1, delivered: 1, calls: 1, href: null };
    expect(promiseRateTooltip(point)).toEqual({ title: "Mar 2", value: "100.0%", footer: ["1 promise of 1 delivered call (1 call in all)"] });
    expect(promiseRateTooltip({ ...point, promises: 2, delivered: 3, calls: 4, rate: 2 / 3 }).footer[0]).toBe("2 promises of 3 delivered calls (4 calls in all)");
    const bar: OutcomeCountsPoint = { ...mark, bucket: "2026-03-02", label: "Mar 2", total: 1, counts: {}, href: null, hrefs: {} };
    expect(outcomesTooltip(bar).footer).toEqual(["1 call"]);
  });

  it("say when a period is partial, and the legend explains how partial periods are drawn", () => {
    const point: PromiseRatePoint = { ...mark, partial: true, partialNote: "Partial week: Nov 30 – Dec 1 so far", bucket: "2026-11-30", label: "Week of Nov 30", rate: null, promises: 0, delivered: 0, calls: 0, href: null };
    expect(promiseRateTooltip(point).footer).toContain("Partial week: Nov 30 – Dec 1 so far");
    expect(partialLegend([point], "week", "lighter")).toMatch(/^Lighter, hatched bars: partial weeks/);
    expect(partialLegend([point], "month", "dashed")).toMatch(/^Dashed line, hollow points: partial months/);
    expect(partialLegend([{ partial: false }], "week", "dashed")).toBeNull();
  });

  it("name the time zone in plain words, never the setting", () => {
    const text = describePeriod({ from: "2026-09-03", to: "2026-12-01" }, { preset: "custom", from: "2026-06-05", to: "2026-09-02" }, "America/Los_Angeles");
    expect(text).toEqual({ period: "Sep 3, 2026 – Dec 1, 2026", previous: "Jun 5, 2026 – Sep 2, 2026", comparison: ", compared with Jun 5, 2026 – Sep 2, 2026", timeZone: "America/Los Angeles" });
    expect(describePeriod(null, null, "UTC")).toMatchObject({ period: "All time", previous: null });
  });
});
