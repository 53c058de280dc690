// A duration filter that does not follow the roll-up's bins (dmin=400), as bins the roll-up counts
// whole plus or minus a few spans of seconds read from the calls (period-source.ts). Each cut bin
// is read by its smaller side: 400..599 of the 300..599 bin is the bin less 300..399.
import type { CallFilters } from "@/lib/calls/filters";
import { DURATION_EDGES } from "./durations";

/** Whole seconds `from`..`to` inclusive; `to` null: no upper end. */
export type DurationSpan = [from: number, to: number | null];
/** `cube`: the bins taken from the roll-up (indexes, inclusive), null for none. */
export type DurationSpans = { cube: { from: number; to: number } | null; minus: DurationSpan[]; plus: DurationSpan[] };

const STARTS = [0, ...DURATION_EDGES];
const LAST = DURATION_EDGES.length;
const endOf = (bin: number): number | null => (bin === LAST ? null : DURATION_EDGES[bin]! - 1);
/** For comparing sides only: the open last bin is taken as 20 minutes wide. */
const widthOf = ([from, to]: DurationSpan) => (to ?? Math.max(from, STARTS[LAST]!) + 1200) - from + 1;
const binOf = (seconds: number) => STARTS.findLastIndex((start) => start <= seconds);

/** `min`..`max` seconds (either may be absent; durations are never negative) as bins and spans. */
export function durationSpans(min: number | undefined, max: number | undefined): DurationSpans {
  const lo = min ?? 0;
  const hi = max ?? null;
  if (hi !== null && hi < lo) return { cube: null, minus: [], plus: [] };
  const first = binOf(lo);
  const last = hi === null ? LAST : binOf(hi);
  const minus: DurationSpan[] = [];
  const plus: DurationSpan[] = [];
  let from = first;
  let to = last;
  for (const bin of first === last ? [first] : [first, last]) {
    const start = STARTS[bin]!;
    const end = endOf(bin);
    const insideFrom = Math.max(start, lo);
    const insideTo = hi === null ? end : end === null ? hi : Math.min(end, hi);
    const outside: DurationSpan[] = [];
    if (insideFrom > start) outside.push([start, insideFrom - 1]);
    if (insideTo !== null && insideTo !== end) outside.push([insideTo + 1, end]);
    if (!outside.length) continue; // a whole bin
    const inside: DurationSpan = [insideFrom, insideTo];
    if (widthOf(inside) <= outside.reduce((sum, span) => sum + widthOf(span), 0)) {
      plus.push(inside);
      if (bin === from) from++;
      else to--;
    } else {
      minus.push(...outside);
    }
  }
  return { cube: from <= to ? { from, to } : null, minus, plus };
}

/** Bins `from`..`to` as the duration filter the roll-up serves (binsCovering's inverse). */
export function binFilters({ from, to }: { from: number; to: number }): Pick<CallFilters, "minDuration" | "maxDuration"> {
  const end = endOf(to);
  return { minDuration: STARTS[from]!, ...(end !== null && { maxDuration: end }) };
}
