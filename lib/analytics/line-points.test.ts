import { describe, expect, it } from "vitest";
import { toLinePoints } from "./line-points";
import type { PromiseRatePoint } from "./series";

const point = (bucket: string, rate: number | null, partial = false): PromiseRatePoint => ({
  bucket, label: bucket, tick: bucket, rate, promises: 0, delivered: 0, calls: 0, href: null, partial, partialNote: partial ? "Partial" : null,
});

describe("the promise-rate line", () => {
  it("draws whole periods solid and only the segments into a partial first or last period dashed", () => {
    const points = toLinePoints([point("a", 0.5, true), point("b", 0.4), point("c", 0.3), point("d", 0.2), point("e", 0.25, true)]);
    expect(points.map((p) => p.whole)).toEqual([null, 40, 30, 20, null]);
    expect(points.map((p) => p.partialStart)).toEqual([50, 40, null, null, null]);
    expect(points.map((p) => p.partialEnd)).toEqual([null, null, null, 20, 25]);
  });

  it("has no dashed line without partial periods, and keeps gaps as gaps", () => {
    const points = toLinePoints([point("a", 0.5), point("b", null), point("c", 0.3)]);
    expect(points.map((p) => p.whole)).toEqual([50, null, 30]);
    expect(points.every((p) => p.partialStart === null && p.partialEnd === null)).toBe(true);
  });
});
