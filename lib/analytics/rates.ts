// Ratios that never divide by zero: no denominator means no rate (shown as "no calls"), not 0 %.
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export type Change =
  | { kind: "none" }
  | { kind: "new" }
  | { kind: "percent"; value: number }
  | { kind: "points"; value: number }
  | { kind: "seconds"; value: number };

/** A count against the previous period: relative change, or "new" when there was nothing before. */
export function countChange(current: number, previous: number | null | undefined): Change {
  if (previous == null) return { kind: "none" };
  if (previous === 0) return current === 0 ? { kind: "percent", value: 0 } : { kind: "new" };
  return { kind: "percent", value: (current - previous) / previous };
}

/** A rate against the previous period, in percentage points; nothing to compare when either is missing. */
export function rateChange(current: number | null, previous: number | null | undefined): Change {
  if (current == null || previous == null) return { kind: "none" };
  return { kind: "points", value: (current - previous) * 100 };
}

export function secondsChange(current: number | null, previous: number | null | undefined): Change {
  if (current == null || previous == null) return { kind: "none" };
  return { kind: "seconds", value: current - previous };
}
