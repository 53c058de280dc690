import "server-only";
// "Promises followed through" on /analytics: of the payment promises made in the page's filters and
// period, the share kept as seen in the calls, and the amounts promised per day, week or month.
// The follow-through is the contact page's (promises.ts): SQL finds, for each promise old enough to
// be judged, the first later call to the same contact (number, and account when there is one) with
// a deciding outcome (calls_contact_calls_idx), and followThroughPromises names its state.
// Labels are the page's: corrected by reviewers unless `labels=ai`. The amounts are the effective
// ones, summed per currency: a reviewer's (call_reviews.promise_*, "no amount stated" included),
// else the stored promise_amount_cents/promise_currency derive.ts extracted. While the contacts
// backfill has not re-derived every call, the promises it has not reached are counted apart.
import { z } from "zod";
import { addDays } from "@/lib/analytics/days";
import { bucketStart, bucketStarts, type Grain } from "@/lib/analytics/grain";
import type { DaySpan } from "@/lib/analytics/period";
import { buildCallWhere, labelColumns, type WhereContext } from "@/lib/calls/call-where";
import { dayOf, type Day } from "@/lib/calls/date-range";
import type { CallFilters } from "@/lib/calls/filters";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notYetDerived, readBackfillProgress, type BackfillProgress } from "./backfill-progress";
import type { Money } from "./promise-money";
import { DECIDING_OUTCOME_KEYS, followThroughPromises, isJudgeable, type PromiseState } from "./promises";
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
export type PromiseStatsContext = WhereContext & { grain: Grain; span: DaySpan | null; settings?: ContactSettings };

/**
 * The promises of the filters per day, follow-through and currency, in one statement. The deciding
 * call is looked for only for promises old enough, in calls_contact_calls_idx alone (index-only:
 * number, time, id, account and outcomes are its columns). The amounts are those derive.ts stored
 * from the texts at ingestion, so no text is read here, unless the call's review row (found by
 * its primary key) holds a reviewer's.
 */
export function promisesQuery(filters: CallFilters, context: WhereContext, judgedUntil: Day, progress: BackfillProgress): Prisma.Sql {
  const outcome = Prisma.raw(labelColumns(filters.labels).outcome);
  const promises = Prisma.sql`${buildCallWhere(filters, context)} AND calls.${outcome} = ${OUTCOME_KEYS.paymentPromise}`;
  const day = Prisma.sql`to_char(calls.ended_at AT TIME ZONE ${context.timeZone}, 'YYYY-MM-DD')`;
  const judged = Prisma.sql`(calls.ended_at AT TIME ZONE ${context.timeZone})::date <= ${judgedUntil}::date`;
  const corrected = Prisma.sql`promise_review.promise_corrected_at IS NOT NULL`;
  return Prisma.sql`
    SELECT ${day} AS day, calls.contact_number IS NOT NULL AS "hasContact", ${judged} AS judged,
           next.next_outcome AS "nextOutcome",
           CASE WHEN ${corrected} THEN promise_review.promise_currency ELSE calls.promise_currency END AS currency,
           (NOT ${corrected} AND ${notYetDerived(progress, "calls")}) AS pending,
           count(*)::int AS promises,
           coalesce(sum(CASE WHEN ${corrected} THEN promise_review.promise_amount_cents ELSE calls.promise_amount_cents END), 0)::float8 AS cents
    FROM calls
    LEFT JOIN call_reviews promise_review ON promise_review.call_id = calls.id
    LEFT JOIN LATERAL (
      SELECT l.${outcome} AS next_outcome
      FROM calls l
      WHERE l.contact_number = calls.contact_number AND l.account_key IS NOT DISTINCT FROM calls.account_key
        AND (l.ended_at, l.id) > (calls.ended_at, calls.id) AND l.${outcome} = ANY(${DECIDING_OUTCOME_KEYS}::text[])
      ORDER BY l.ended_at, l.id
      LIMIT 1
    ) next ON calls.contact_number IS NOT NULL AND ${judged}
    WHERE ${promises}
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

async function readPromises(filters: CallFilters, context: WhereContext, judgedUntil: Day, progress: BackfillProgress): Promise<PromiseGroup[]> {
  return z.array(groupSchema).parse(await getDb().$queryRaw<unknown[]>(promisesQuery(filters, context, judgedUntil, progress)));
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

export async function getPromiseStats(filters: CallFilters, context: PromiseStatsContext): Promise<PromiseStats> {
  const today = dayOf(context.now, context.timeZone);
  const progress = await readBackfillProgress(context.settings ?? getContactSettings());
  const read = await readPromises(filters, context, addDays(today, -PROMISE_JUDGE_AFTER_DAYS), progress);
  return summarisePromises(read, { today, grain: context.grain, span: context.span });
}
