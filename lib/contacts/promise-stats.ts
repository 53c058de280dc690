import "server-only";
// "Promises followed through" on /analytics: of the payment promises made in the page's filters and
// period, the share kept as seen in the calls, and the amounts promised per day, week or month.
// The follow-through is the contact page's (promises.ts): the first later call to the same contact
// (number, and account when there is one) with a deciding outcome, stored per promise in
// promise_follow_throughs (migration 20261201194000; the trigger there keeps it current, and
// promise-follow-through-build.ts fills it for stored calls); followThroughPromises names its state.
// For the analytics roll-up's filters the groups come from its per-day roll-up (promise-day-cube.ts).
// A promise too recent to judge may already have a deciding call: the judged flag, not the stored
// follow-through, decides what is "too recent".
// Labels are the page's: corrected by reviewers unless `labels=ai`. The amounts are the effective
// ones, summed per currency: a reviewer's (call_reviews.promise_*, "no amount stated" included),
// else the stored promise_amount_cents/promise_currency derive.ts extracted. While the contacts
// backfill has not re-derived every call, the promises it has not reached are counted apart.
import { z } from "zod";
import { addDays } from "@/lib/analytics/days";
import { bucketStart, bucketStarts, type Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { dayOf, type Day } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ensureDayCube } from "@/lib/analytics/day-cube";
import { readBackfillProgress, type BackfillProgress } from "./backfill-progress";
import { promiseDayCubeQuery, promiseDayCubeServes } from "./promise-day-cube";
import type { Money } from "./promise-money";
import { followThroughPromises, isJudgeable, type PromiseState } from "./promises";
import { getContactSettings, type ContactSettings } from "./settings";

/** A promise is judged once this many days have passed since its day (the day it was made is day 0). */
export const PROMISE_JUDGE_AFTER_DAYS = 14;

/**
 * Promises of one day with the same follow-through (`nextOutcome` of the deciding call, null for
 * none or not looked for) and the same stated currency: `cents` sums their stored amounts.
 */
const groupSchema = z.object({
  day: z.string(),
  hasContact: z.boolean(),
  judged: z.boolean(),
  nextOutcome: z.string().nullable(),
  currency: z.string().nullable(),
  /** Not re-derived by the running backfill yet, and not corrected by a reviewer: its amount may be missing. */
  pending: z.boolean(),
  promises: z.number(),
  cents: z.number(),
});
export type PromiseGroup = z.infer<typeof groupSchema>;

export type AmountTotal = Money & { promises: number };
export type PromiseBucket = { bucket: Day; promises: number; withAmount: number; amounts: AmountTotal[] };
export type PromiseStats = {
  judgeAfterDays: number;
  /** The last promise day old enough to be judged today. */
  judgedUntil: Day;
  promises: number;
  withoutContact: number;
  tooRecent: number;
  states: Record<PromiseState, number>;
  /** Promises judged: old enough, with a contact. */
  judged: number;
  withAmount: number;
  amounts: AmountTotal[];
  buckets: PromiseBucket[];
  /** Promises whose amount the backfill has not extracted again yet (0 once it is done). */
  pendingExtraction: number;
};

/** `settings`: what the stored amounts are derived with (default: the configuration's). */
/** `rollUp: false` always reads the promises themselves (the tests compare both ways). */
export type PromiseStatsContext = WhereContext & { grain: Grain; span: DaySpan | null; settings?: ContactSettings; rollUp?: boolean };

const HELD_FILTERS: string[] = ["range", "projects", "deliveryStatuses", "labels"] satisfies (keyof CallFilters)[];

/** Whether the filters are only those promise_follow_throughs holds (copied from the call). */
export function followThroughHolds(filters: CallFilters): boolean {
  return Object.entries(filters).every(
    ([key, value]) => HELD_FILTERS.includes(key) || value === undefined || (Array.isArray(value) && value.length === 0),
  );
}

/**
 * The promises of the filters per day, follow-through and currency, in one statement over
 * promise_follow_throughs, where each promise's follow-through is stored (kept current by a
 * trigger on calls): for the period, project and delivery filters one range scan of the label
 * set's index; any other filter selects the calls first (their ids, by buildCallWhere). The
 * amounts are those derive.ts stored (copied to the row), so no text is read here, unless the
 * call's review row (found by its primary key) holds a reviewer's.
 */
/** `matching`: the condition on p.call_id that selects the filters' calls, when the caller has them already (shared-match.ts). */
export function promisesQuery(filters: CallFilters, context: WhereContext, judgedUntil: Day, progress: BackfillProgress, matching?: Prisma.Sql): Prisma.Sql {
  const ai = filters.labels === "ai";
  const isPromise = Prisma.raw(ai ? "p.ai_promise" : "p.effective_promise");
  const nextOutcome = Prisma.raw(ai ? "p.next_ai_outcome_key" : "p.next_outcome_key");
  const where = buildCallWhere(filters, context);
  // Unqualified, buildCallWhere's columns are the copies in p; in the subquery, those of calls.
  matching ??= followThroughHolds(filters) ? where : Prisma.sql`p.call_id IN (SELECT calls.id FROM calls WHERE ${where})`;
  const localDay = Prisma.sql`(p.ended_at AT TIME ZONE ${context.timeZone})::date`;
  const judged = Prisma.sql`${localDay} <= ${judgedUntil}::date`;
  const corrected = Prisma.sql`promise_review.promise_corrected_at IS NOT NULL`;
  // backfill-progress.ts's notYetDerived, for p (whose id column is call_id).
  const notDerived = progress.done ? Prisma.sql`false` : progress.cursor === null ? Prisma.sql`true` : Prisma.sql`p.call_id > ${progress.cursor}::uuid`;
  return Prisma.sql`
    SELECT to_char(${localDay}, 'YYYY-MM-DD') AS day, p.has_contact AS "hasContact", ${judged} AS judged,
           CASE WHEN p.has_contact AND ${judged} THEN ${nextOutcome} END AS "nextOutcome",
           CASE WHEN ${corrected} THEN promise_review.promise_currency ELSE p.promise_currency END AS currency,
           (NOT ${corrected} AND ${notDerived}) AS pending,
           count(*)::int AS promises,
           coalesce(sum(CASE WHEN ${corrected} THEN promise_review.promise_amount_cents ELSE p.promise_amount_cents END), 0)::float8 AS cents
    FROM promise_follow_throughs p
    -- Only the reviews that corrected a promise (a few): a small hash table instead of every review.
    LEFT JOIN (SELECT call_id, promise_currency, promise_amount_cents, promise_corrected_at FROM call_reviews WHERE promise_corrected_at IS NOT NULL)
      AS promise_review ON promise_review.call_id = p.call_id
    WHERE ${isPromise} AND ${matching}
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

/** From the per-day roll-up when it serves the filters (promise-day-cube.ts), else from the promises. */
async function readPromises(filters: CallFilters, context: PromiseStatsContext, judgedUntil: Day, progress: BackfillProgress): Promise<PromiseGroup[]> {
  const fromCube = context.rollUp !== false && promiseDayCubeServes(filters, progress);
  if (fromCube) await ensureDayCube(context.timeZone);
  const query = fromCube ? promiseDayCubeQuery(filters, context, judgedUntil) : promisesQuery(filters, context, judgedUntil, progress);
  return z.array(groupSchema).parse(await getDb().$queryRaw<unknown[]>(query));
}

function addAmount(totals: AmountTotal[], amount: AmountTotal): void {
  const total = totals.find((t) => t.currency === amount.currency);
  if (total) {
    total.cents += amount.cents;
    total.promises += amount.promises;
  } else totals.push({ ...amount });
}

const byPromises = (totals: AmountTotal[]) => totals.sort((a, b) => b.promises - a.promises || a.currency.localeCompare(b.currency));

/** The state of the promises whose first later deciding call had `nextOutcome`: the contact page's rule. */
function stateAfter(nextOutcome: string | null): PromiseState {
  const promise = { id: "promise", endedAt: new Date(0), outcomeKey: OUTCOME_KEYS.paymentPromise };
  const next = nextOutcome === null ? [] : [{ id: "next", endedAt: new Date(1), outcomeKey: nextOutcome }];
  return followThroughPromises([promise, ...next])[0]!.state;
}

/** The figures of the promises, as of `today`. Pure. */
export function summarisePromises(groups: PromiseGroup[], { today, grain, span }: { today: Day; grain: Grain; span: DaySpan | null }): PromiseStats {
  const judgedUntil = addDays(today, -PROMISE_JUDGE_AFTER_DAYS);
  const states: Record<PromiseState, number> = { kept: 0, renewed: 0, refused: 0, open: 0 };
  const amounts: AmountTotal[] = [];
  const days = groups.map((group) => group.day).sort();
  const from = span?.from ?? days[0];
  const to = span?.to ?? days[days.length - 1];
  const buckets = new Map<Day, PromiseBucket>((from && to ? bucketStarts(grain, from, to) : []).map((bucket) => [bucket, { bucket, promises: 0, withAmount: 0, amounts: [] }]));
  let withoutContact = 0;
  let tooRecent = 0;
  let withAmount = 0;
  let promises = 0;
  let pendingExtraction = 0;
  for (const group of groups) {
    promises += group.promises;
    if (group.pending) pendingExtraction += group.promises;
    const bucket = buckets.get(bucketStart(group.day, grain));
    if (bucket) bucket.promises += group.promises;
    if (!group.hasContact) withoutContact += group.promises;
    else if (!group.judged || !isJudgeable(group.day, today, PROMISE_JUDGE_AFTER_DAYS)) tooRecent += group.promises;
    else states[stateAfter(group.nextOutcome)] += group.promises;
    if (group.currency === null) continue;
    const amount = { currency: group.currency, cents: group.cents, promises: group.promises };
    withAmount += group.promises;
    addAmount(amounts, amount);
    if (bucket) {
      bucket.withAmount += group.promises;
      addAmount(bucket.amounts, amount);
    }
  }
  const judged = states.kept + states.renewed + states.refused + states.open;
  return {
    judgeAfterDays: PROMISE_JUDGE_AFTER_DAYS,
    judgedUntil,
    promises,
    withoutContact,
    tooRecent,
    states,
    judged,
    withAmount,
    amounts: byPromises(amounts),
    buckets: [...buckets.values()].map((b) => ({ ...b, amounts: byPromises(b.amounts) })),
    pendingExtraction,
  };
}

/**
 * How the promises of `filters` will be read: `fromCalls` is their statement over the promises
 * given the condition that selects the filters' calls, or null when the per-day roll-up serves the
 * filters. A caller that reads the filters' calls anyway (shared-match.ts) runs it with its own set.
 */
export async function planPromiseRead(filters: CallFilters, context: PromiseStatsContext) {
  const today = dayOf(context.now, context.timeZone);
  const judgedUntil = addDays(today, -PROMISE_JUDGE_AFTER_DAYS);
  const progress = await readBackfillProgress(context.settings ?? getContactSettings());
  const fromCube = context.rollUp !== false && promiseDayCubeServes(filters, progress);
  const fromCalls = fromCube ? null : (matching: Prisma.Sql) => promisesQuery(filters, context, judgedUntil, progress, matching);
  return { today, judgedUntil, progress, fromCalls };
}

/** `groups`: the rows of planPromiseRead's statement when the caller ran it (shared-match.ts); null: it did not. */
export async function getPromiseStats(filters: CallFilters, context: PromiseStatsContext & { groups?: Promise<unknown[] | null> }): Promise<PromiseStats> {
  const { today, judgedUntil, progress } = await planPromiseRead(filters, context);
  const shared = context.groups ? await context.groups : null;
  const read = shared ? z.array(groupSchema).parse(shared) : await readPromises(filters, context, judgedUntil, progress);
  return summarisePromises(read, { today, grain: context.grain, span: context.span });
}
