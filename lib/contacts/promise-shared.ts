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

/** Null when the section reads alone: the roll-up serves it, or the promises are still being followed through. */
export async function sharedPromiseStatement({ filters, now, timeZone, grain, span, userId }: Context): Promise<PromisesOfMatched | null> {
  if (planPeriod(filters, true) !== "calls" || !(await readPromiseReadiness()).ready) return null;
  return (await planPromiseRead(filters, { now, timeZone, grain, span, userId })).fromCalls;
}
