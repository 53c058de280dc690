// How figures read on the page. A missing value reads as the reason it is missing, never 0 % or NaN.
import { shownChange } from "./direction";
import type { Change } from "./rates";

export const formatCount = (n: number) => n.toLocaleString("en-US");

/** "1 call", "2 calls", "1,204 delivered calls". */
export const formatCalls = (n: number, word = "call") => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

export function formatPercent(rate: number | null, empty = "no calls"): string {
  return rate === null ? empty : `${(rate * 100).toFixed(1)}%`;
}

export function formatSeconds(seconds: number | null, empty = "no calls"): string {
  if (seconds === null) return empty;
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, "0")}s`;
}

const sign = (value: number) => (value > 0 ? "+" : value < 0 ? "−" : "±");

/** "+4.2 pts", "−12.5%", "+18s", "new": signed, and "±0.0 pts" rather than "+0". */
export function formatChange(change: Change): string | null {
  if (change.kind === "none") return null;
  if (change.kind === "new") return "new";
  const shown = shownChange(change)!;
  const size = Math.abs(shown);
  if (change.kind === "seconds") return `${sign(shown)}${size}s`;
  return `${sign(shown)}${size.toFixed(1)}${change.kind === "points" ? " pts" : "%"}`;
}

/**
 * The change in words, for screen readers: "up 3.2 points from 41.0%", "down 12.5% from 240",
 * "no change from 2m 10s". `before` is the previous period's value as the page shows it.
 */
export function describeChange(change: Change, before: string | null): string | null {
  if (change.kind === "none") return null;
  if (change.kind === "new") return "new: none in the previous period";
  const shown = shownChange(change)!;
  const from = before ? ` from ${before}` : "";
  if (shown === 0) return `no change${from}`;
  const size = Math.abs(shown);
  const amount =
    change.kind === "points" ? `${size.toFixed(1)} ${size === 1 ? "point" : "points"}` : change.kind === "percent" ? `${size.toFixed(1)}%` : `${size} ${size === 1 ? "second" : "seconds"}`;
  return `${shown > 0 ? "up" : "down"} ${amount}${from}`;
}
