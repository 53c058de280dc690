// How calls read on the pages: times in the dashboard's time zone, durations as minutes and seconds.
import { dateTimeFormat } from "@/lib/format/intl-formats";

export function formatCallTime(instant: Date, timeZone: string): string {
  return dateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** The zone's short name at that instant (`UTC`, `CET`, `GMT+4`), to say which clock a time is on. */
export function timeZoneName(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "–";
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
