// The promise follow-through streamed in after the rest of the page (inside a Suspense boundary):
// it reads every promise of the period and its next deciding call, the slowest read of the page.
import type { Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import type { CallFilters } from "@/lib/calls/filters";
import { readPromiseReadiness } from "@/lib/contacts/promise-follow-through-state";
import { getPromiseStats } from "@/lib/contacts/promise-stats";
import { presentPromiseStats } from "@/lib/contacts/promise-stats-view";
import { readView, VIEW_TOO_LARGE_MESSAGE } from "@/lib/http/read-errors";
import { PromiseFollowThrough } from "./promise-follow-through";

type Props = { filters: CallFilters; now: Date; timeZone: string; grain: Grain; span: DaySpan | null; userId: string };

export async function PromiseFollowThroughSection({ filters, now, timeZone, grain, span, userId }: Props) {
  if (!(await readPromiseReadiness()).ready) {
    return <p role="status" data-section="promise-follow-through" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted">Promises followed through: the stored promises are still being followed through to their later calls; the figures appear when that is done.</p>;
  }
  const read = await readView(() => getPromiseStats(filters, { now, timeZone, grain, span, userId }));
  if (!read.ok) return <p role="status" className="rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted">Promises followed through: {VIEW_TOO_LARGE_MESSAGE}</p>;
  return <PromiseFollowThrough view={presentPromiseStats(read.value, grain)} grain={grain} />;
}

export function PromiseFollowThroughLoading() {
  return (
    <section aria-busy="true" className="space-y-2">
      <h2 className="text-lg font-semibold">Promises followed through</h2>
      <p className="text-sm text-muted">Following each promise to the next calls…</p>
    </section>
  );
}
