// The duration histogram: fixed bins (PostgreSQL's width_bucket over DURATION_EDGES), each
// linking to the calls list with the matching whole-second duration filter (dmin..dmax, inclusive).
import type { HrefFor } from "./links";

// The migration analytics_day_cube copies these edges into its trigger: change both (the roll-up
// agreement test, day-cube.test.ts, fails otherwise).
/** Bin i holds durations from DURATION_EDGES[i - 1] (or 0) up to, not including, DURATION_EDGES[i]. */
export const DURATION_EDGES = [30, 60, 120, 180, 300, 600] as const;

/**
 * The bins holding exactly the whole seconds `min`..`max` (inclusive; either may be absent), or
 * null when a bound falls inside a bin. `min` must start a bin (0, 30, 60, ...) and `max` end one
 * (29, 59, ...): the histogram's own links. Durations are never negative (the payload refuses them
 * and a check constraint on calls holds it), so bin 0 is exactly 0..29 seconds.
 */
export function binsCovering(min: number | undefined, max: number | undefined): { from: number; to: number | null } | null {
  const starts = [0, ...DURATION_EDGES];
  const from = min === undefined ? 0 : starts.indexOf(min as (typeof starts)[number]);
  const to = max === undefined ? null : DURATION_EDGES.findIndex((edge) => edge - 1 === max);
  if (from === -1 || to === -1) return null;
  return { from, to };
}

export type DurationRow = { bin: number | null; calls: number };
export type DurationBin = { key: string; label: string; min: number; max: number | null; calls: number; href: string | null };

const minutes = (seconds: number) => (seconds < 60 ? `${seconds}s` : `${seconds / 60}m`);

function binBounds(bin: number): { min: number; max: number | null; label: string } {
  const min = bin === 0 ? 0 : DURATION_EDGES[bin - 1]!;
  const upper = DURATION_EDGES[bin];
  if (upper === undefined) return { min, max: null, label: `${minutes(min)}+` };
  return { min, max: upper - 1, label: `${minutes(min)}–${minutes(upper)}` };
}

/** Every bin, empty ones as zero (a count, unlike a rate, is really zero). Calls without a duration are left out. */
export function buildDurationHistogram(rows: DurationRow[], hrefFor: HrefFor): { bins: DurationBin[]; unknown: number } {
  const counts = new Map(rows.map((row) => [row.bin, row.calls]));
  const bins = Array.from({ length: DURATION_EDGES.length + 1 }, (_, bin) => {
    const { min, max, label } = binBounds(bin);
    const calls = counts.get(bin) ?? 0;
    const href = calls > 0 ? hrefFor({ minDuration: min, ...(max !== null && { maxDuration: max }) }) : null;
    return { key: String(bin), label, min, max, calls, href };
  });
  return { bins, unknown: counts.get(null) ?? 0 };
}
