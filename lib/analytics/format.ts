// How figures read on the page. A missing value reads as the reason it is missing, never 0 % or NaN.
import type { Change } from "./rates";

export const formatCount = (n: number) => n.toLocaleString("en-US");

export function formatPercent(rate: number | null, empty = "no calls"): string {
  return rate === null ? empty : `${(rate * 100).toFixed(1)}%`;
}

export function formatSeconds(seconds: number | null, empty = "no calls"): string {
  if (seconds === null) return empty;
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, "0")}s`;
}

/** "+4.2 pts", "−12.5%", "+18s", "new": signed, and "no change" rather than "+0". */
export function formatChange(change: Change): string | null {
  const sign = (value: number) => (value > 0 ? "+" : value < 0 ? "−" : "±");
  switch (change.kind) {
    case "none":
      return null;
    case "new":
      return "new";
    case "percent":
      return `${sign(change.value)}${Math.abs(change.value * 100).toFixed(1)}%`;
    case "points":
      return `${sign(change.value)}${Math.abs(change.value).toFixed(1)} pts`;
    case "seconds":
      return `${sign(change.value)}${Math.abs(Math.round(change.value))}s`;
  }
}
