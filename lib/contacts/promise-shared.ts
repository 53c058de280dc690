import "server-only";
// The promise section's statement, for the analytics figures to run over their own matched calls
// (lib/analytics/shared-match.ts) when they read the calls (the filters the roll-up lacks).
import type { Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import { planPeriod } from "@/lib/analytics/period-source";
import type { PromisesOfMatched } from "@/lib/analytics/shared-match";
import type { CallFilters } from "@/lib/calls/filters";
import { readPromiseReadiness } from "./promise-follow-through-state";
import { planPromiseRead } from "./promise-stats";

type Context = { filters: CallFilters; now: Date; timeZone: string; grain: Grain; span: DaySpan | null; userId: string };

/**
 * Null when the section reads alone: the roll-up serves it, the promises are still being followed
 * through, or no search is among the filters. Only a search's matches are shared: they come from the
 * full-text index, and matching them again costs their heap pages a second time. Other filters
 * (a phone fragment) match by scanning the calls, which PostgreSQL does with parallel workers in a
 * statement of its own but not inside the shared, materialised set: at a million calls, 90 days
 * and `phone=971` (362,000 matches) the shared statement ran longer than both apart and reached
 * the 10 s statement timeout on the busy machine.
 */
export async function sharedPromiseStatement({ filters, now, timeZone, grain, span, userId }: Context): Promise<PromisesOfMatched | null> {
  if (!filters.q || planPeriod(filters, true) !== "calls" || !(await readPromiseReadiness()).ready) return null;
  return (await planPromiseRead(filters, { now, timeZone, grain, span, userId })).fromCalls;
}
