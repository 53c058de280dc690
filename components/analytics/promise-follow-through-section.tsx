// The promise follow-through streamed in after the rest of the page (inside a Suspense boundary):
// it reads the period's promises and their next deciding call, started alongside the page's figures.
import type { Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import type { CallFilters } from "@/lib/calls/filters";
import { readPromiseReadiness } from "@/lib/contacts/promise-follow-through-state";
import { getPromiseStats, type PromiseStats } from "@/lib/contacts/promise-stats";
import { presentPromiseStats } from "@/lib/contacts/promise-stats-view";
import { readView, VIEW_TOO_LARGE_MESSAGE } from "@/lib/http/read-errors";
import { PromiseFollowThrough } from "./promise-follow-through";

type Context = { filters: CallFilters; now: Date; timeZone: string; grain: Grain; span: DaySpan | null; userId: string };
type Read = { state: "building" } | { state: "too-large" } | { state: "ready"; stats: PromiseStats };

/**
 * Started by the page before it waits for its own figures, so the two reads overlap instead of
 * this one beginning only when the page's tree reaches the Suspense boundary. Marked handled here
 * (an error still reaches the section, which awaits it) so a failure before then is no unhandled rejection.
 */
/** `groups`: the section's rows when the figures' statement computes them (lib/contacts/promise-shared.ts). */
export function startPromiseFollowThrough({ filters, now, timeZone, grain, span, userId }: Context, groups?: Promise<unknown[] | null>): Promise<Read> {
  const read = (async (): Promise<Read> => {
    if (!(await readPromiseReadiness()).ready) return { state: "building" };
    const result = await readView(() => getPromiseStats(filters, { now, timeZone, grain, span, userId, ...(groups && { groups }) }));
    return result.ok ? { state: "ready", stats: result.value } : { state: "too-large" };
  })();
  read.catch(() => {});
  return read;
}

export async function PromiseFollowThroughSection({ read, grain }: { read: Promise<Read>; grain: Grain }) {
  const result = await read;
  if (result.state === "building") {
    return <p role="status" data-section="promise-follow-through" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted">Promises followed through: the stored promises are still being followed through to their later calls; the figures appear when that is done.</p>;
  }
  if (result.state === "too-large") return <p role="status" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted">Promises followed through: {VIEW_TOO_LARGE_MESSAGE}</p>;
  return <PromiseFollowThrough view={presentPromiseStats(result.stats, grain)} grain={grain} />;
}

export function PromiseFollowThroughLoading() {
  return (
    <section aria-busy="true" className="space-y-2">
      <h2 className="text-lg font-semibold">Promises followed through</h2>
      <p className="text-sm text-muted">Following each promise to the next calls…</p>
    </section>
  );
}
