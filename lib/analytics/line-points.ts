// The promise-rate line as Recharts draws it: whole periods on a solid line, and the segment into a
// partial period (the first or last, cut by the range or not over yet) on a dashed one, so a
// half-counted week does not read like a whole one.
import type { PromiseRatePoint } from "./series";

export type LinePoint = PromiseRatePoint & {
  /** The rate in percent on the solid line: whole periods only. */
  whole: number | null;
  /** The dashed segment from a partial first period to the second. */
  partialStart: number | null;
  /** The dashed segment from the last whole period to a partial last one. */
  partialEnd: number | null;
};

const percent = (rate: number | null) => (rate === null ? null : rate * 100);

/** Partial periods can only be the first and the last: a range cuts only its ends, and only the last can be unfinished. */
export function toLinePoints(points: PromiseRatePoint[]): LinePoint[] {
  const last = points.length - 1;
  const startPartial = points[0]?.partial === true;
  const endPartial = points[last]?.partial === true;
  return points.map((p, i) => ({
    ...p,
    whole: p.partial ? null : percent(p.rate),
    partialStart: startPartial && i <= 1 ? percent(p.rate) : null,
    partialEnd: endPartial && i >= last - 1 ? percent(p.rate) : null,
  }));
}
