import "server-only";
// "Promises followed through" on /analytics: of the payment promises made in the page's filters and
// period, the share kept as seen in the calls, and the amounts promised per day, week or month.
// The follow-through is the contact page's (promises.ts): SQL finds, for each promise old enough to
// be judged, the first later call to the same contact (number, and account when there is one) with
// a deciding outcome (calls_contact_number_ended_at_idx), and followThroughPromises names its state.
// Labels are the page's: corrected by reviewers unless `labels=ai`.
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
import { parseMoney, type Money } from "./promise-money";
import { extractPromiseAmount } from "./promise-terms";
import { DECIDING_OUTCOME_KEYS, followThroughPromises, isJudgeable, type PromiseState } from "./promises";

/** A promise is judged once this many days have passed since its day (the day it was made is day 0). */
export const PROMISE_JUDGE_AFTER_DAYS = 14;

const rowSchema = z.object({
  id: z.string(),
  endedAt: z.date(),
  day: z.string(),
  hasContact: z.boolean(),
  summary: z.string().nullable(),
  reasoning: z.string().nullable(),
  nextId: z.string().nullable(),
  nextEndedAt: z.date().nullable(),
  nextOutcome: z.string().nullable(),
});
export type PromiseRow = z.infer<typeof rowSchema>;

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
};

export type PromiseStatsContext = WhereContext & { grain: Grain; span: DaySpan | null };

/** Each promise of the filters, its day, the texts that may state an amount, and the call that decided it. */
async function readPromises(filters: CallFilters, context: WhereContext, judgedUntil: Day): Promise<PromiseRow[]> {
  const outcome = Prisma.raw(labelColumns(filters.labels).outcome);
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT calls.id::text AS id, calls.ended_at AS "endedAt", to_char(calls.ended_at AT TIME ZONE ${context.timeZone}, 'YYYY-MM-DD') AS day,
           calls.contact_number IS NOT NULL AS "hasContact",
           -- An amount has digits: the others are not sent.
           CASE WHEN calls.summary ~ '[0-9]' THEN left(calls.summary, 600) END AS summary,
           CASE WHEN calls.call_output_reasoning ~ '[0-9]' THEN left(calls.call_output_reasoning, 600) END AS reasoning,
           next.next_id AS "nextId", next.next_ended_at AS "nextEndedAt", next.next_outcome AS "nextOutcome"
    FROM calls
    LEFT JOIN LATERAL (
      SELECT l.id::text AS next_id, l.ended_at AS next_ended_at, l.${outcome} AS next_outcome
      FROM calls l
      WHERE l.contact_number = calls.contact_number AND coalesce(l.account_key, '') = coalesce(calls.account_key, '')
        AND (l.ended_at, l.id) > (calls.ended_at, calls.id) AND l.${outcome} = ANY(${DECIDING_OUTCOME_KEYS}::text[])
      ORDER BY l.ended_at, l.id
      LIMIT 1
    ) next ON calls.contact_number IS NOT NULL AND (calls.ended_at AT TIME ZONE ${context.timeZone})::date <= ${judgedUntil}::date
    WHERE ${buildCallWhere(filters, context)} AND calls.${outcome} = ${OUTCOME_KEYS.paymentPromise}`;
  return z.array(rowSchema).parse(rows);
}

function addAmount(totals: AmountTotal[], money: Money): void {
  const total = totals.find((t) => t.currency === money.currency);
  if (total) {
    total.cents += money.cents;
    total.promises += 1;
  } else totals.push({ ...money, promises: 1 });
}

const byPromises = (totals: AmountTotal[]) => totals.sort((a, b) => b.promises - a.promises || a.currency.localeCompare(b.currency));

/** The figures of the promise rows, as of `today`. Pure. */
export function summarisePromises(rows: PromiseRow[], { today, grain, span }: { today: Day; grain: Grain; span: DaySpan | null }): PromiseStats {
  const judgedUntil = addDays(today, -PROMISE_JUDGE_AFTER_DAYS);
  const states: Record<PromiseState, number> = { kept: 0, renewed: 0, refused: 0, open: 0 };
  const amounts: AmountTotal[] = [];
  const days = rows.map((row) => row.day).sort();
  const from = span?.from ?? days[0];
  const to = span?.to ?? days[days.length - 1];
  const buckets = new Map<Day, PromiseBucket>((from && to ? bucketStarts(grain, from, to) : []).map((bucket) => [bucket, { bucket, promises: 0, withAmount: 0, amounts: [] }]));
  let withoutContact = 0;
  let tooRecent = 0;
  let withAmount = 0;
  for (const row of rows) {
    const bucket = buckets.get(bucketStart(row.day, grain));
    if (bucket) bucket.promises += 1;
    const money = parseMoney(extractPromiseAmount([row.summary, row.reasoning]));
    if (money) {
      withAmount += 1;
      addAmount(amounts, money);
      if (bucket) {
        bucket.withAmount += 1;
        addAmount(bucket.amounts, money);
      }
    }
    if (!row.hasContact) withoutContact += 1;
    else if (!isJudgeable(row.day, today, PROMISE_JUDGE_AFTER_DAYS)) tooRecent += 1;
    else {
      const promise = { id: row.id, endedAt: row.endedAt, outcomeKey: OUTCOME_KEYS.paymentPromise };
      const next = row.nextId && row.nextEndedAt ? [{ id: row.nextId, endedAt: row.nextEndedAt, outcomeKey: row.nextOutcome }] : [];
      states[followThroughPromises([promise, ...next])[0]!.state] += 1;
    }
  }
  const judged = states.kept + states.renewed + states.refused + states.open;
  return {
    judgeAfterDays: PROMISE_JUDGE_AFTER_DAYS,
    judgedUntil,
    promises: rows.length,
    withoutContact,
    tooRecent,
    states,
    judged,
    withAmount,
    amounts: byPromises(amounts),
    buckets: [...buckets.values()].map((b) => ({ ...b, amounts: byPromises(b.amounts) })),
  };
}

export async function getPromiseStats(filters: CallFilters, context: PromiseStatsContext): Promise<PromiseStats> {
  const today = dayOf(context.now, context.timeZone);
  const rows = await readPromises(filters, context, addDays(today, -PROMISE_JUDGE_AFTER_DAYS));
  return summarisePromises(rows, { today, grain: context.grain, span: context.span });
}
