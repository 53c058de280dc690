// At most EXPORT_CONCURRENCY CSV exports run at once in this process: each holds a read connection
// for as long as its client downloads, and a few of them must never take the whole read pool.
import { ApiError } from "@/lib/http/errors";

/** Seconds a client should wait before asking for another export. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

let running = 0;

/** A release function when a slot is free (call it exactly once, when the export ends), else null. */
export function acquireExportSlot(limit: number): (() => void) | null {
  if (running >= limit) return null;
  running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running--;
  };
}

export function tooManyExports(limit: number): ApiError {
  return new ApiError(
    429,
    "too_many_exports",
    `${limit} exports are already running; try again in a few seconds.`,
    {},
    { "Retry-After": String(EXPORT_RETRY_AFTER_SECONDS) },
  );
}
