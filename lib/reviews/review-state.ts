import "server-only";
// A call's review as the call page and every command's answer show it: status, both sides of each
// label (the AI's, the correction with reason, author and time, and the effective one), the
// promise's terms (extracted from the AI's texts, the reviewer's, the effective ones), the
// assignee and the version to send back with the next change. Read in one statement.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayOf } from "@/lib/calls/date-range";
import { labelForKey } from "@/lib/calls/outcome";
import { extractStatedPromise, PROMISE_AMOUNT_SCAN_CHARS, reviewPromise, type PromiseCorrection, type PromiseReview } from "@/lib/contacts/promise-effective";
import { getEnv } from "@/lib/env";
import { reviewStatusSchema, type ReviewStatus } from "./status";

export type UserRef = { id: string; name: string; email: string };
export type Label = { key: string | null; label: string | null };
export type Correction = Label & { reason: string; by: UserRef | null; at: Date };
/** One reviewed label: what the AI said, the reviewer's correction (null: kept), and what counts. */
export type LabelReview = { ai: Label; correction: Correction | null; effective: Label };

export type Review = {
  callId: string;
  status: ReviewStatus;
  /** Send it back as `expectedVersion` with the next change; 0 for a call never reviewed. */
  version: number;
  assignee: UserRef | null;
  outcome: LabelReview;
  sentiment: LabelReview;
  /** The payment promise's amount and date (whatever the outcome: the page shows them for promises). */
  promise: PromiseReview;
  updatedBy: UserRef | null;
  updatedAt: Date | null;
};

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

const userRef = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();
const rowSchema = z.object({
  callId: z.string(),
  status: reviewStatusSchema.nullable(),
  version: z.number().nullable(),
  updatedAt: z.date().nullable(),
  aiOutcome: z.string().nullable(), aiOutcomeKey: z.string().nullable(),
  reviewedOutcome: z.string().nullable(), reviewedOutcomeKey: z.string().nullable(),
  outcomeReason: z.string().nullable(), outcomeAt: z.date().nullable(), outcomeBy: userRef,
  aiSentiment: z.string().nullable(), aiSentimentKey: z.string().nullable(),
  reviewedSentiment: z.string().nullable(), reviewedSentimentKey: z.string().nullable(),
  sentimentReason: z.string().nullable(), sentimentAt: z.date().nullable(), sentimentBy: userRef,
  endedAt: z.date(), summaryStart: z.string().nullable(), reasoningStart: z.string().nullable(),
  promiseCents: z.number().nullable(), promiseCurrency: z.string().nullable(), promiseDate: z.string().nullable(),
  promiseAt: z.date().nullable(), promiseBy: userRef,
  assignee: userRef, updatedBy: userRef,
});

const userJson = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email) END`;

function labelReview(ai: Label, reviewed: Label, reason: string | null, at: Date | null, by: UserRef | null): LabelReview {
  const correction = reviewed.key !== null && at !== null ? { ...reviewed, reason: reason ?? "", by, at } : null;
  return { ai, correction, effective: correction ? reviewed : ai };
}

function promiseReview(row: z.infer<typeof rowSchema>): PromiseReview {
  // The call's own day in the dashboard's zone: "on Friday" is the Friday after it.
  const extracted = extractStatedPromise({ summary: row.summaryStart, reasoning: row.reasoningStart }, dayOf(row.endedAt, getEnv().DASHBOARD_TIMEZONE));
  const money = row.promiseCents !== null && row.promiseCurrency !== null ? { cents: row.promiseCents, currency: row.promiseCurrency } : null;
  const correction: PromiseCorrection | null = row.promiseAt ? { money, date: row.promiseDate, by: row.promiseBy, at: row.promiseAt } : null;
  return reviewPromise(extracted, correction);
}

/** The review of `callId` (a call without one: not reviewed, version 0), or null for no such call. */
export async function readReview(callId: string, db: Reader = getDb()): Promise<Review | null> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.id::text AS "callId", r.status, r.version, r.updated_at AS "updatedAt",
           c.call_output AS "aiOutcome", c.outcome_key AS "aiOutcomeKey",
           c.reviewed_outcome AS "reviewedOutcome", c.reviewed_outcome_key AS "reviewedOutcomeKey",
           r.outcome_reason AS "outcomeReason", r.outcome_corrected_at AS "outcomeAt", ${Prisma.raw(userJson("ob"))} AS "outcomeBy",
           c.sentiment_output AS "aiSentiment", c.sentiment_key AS "aiSentimentKey",
           c.reviewed_sentiment AS "reviewedSentiment", c.reviewed_sentiment_key AS "reviewedSentimentKey",
           r.sentiment_reason AS "sentimentReason", r.sentiment_corrected_at AS "sentimentAt", ${Prisma.raw(userJson("sb"))} AS "sentimentBy",
           c.ended_at AS "endedAt", left(c.summary, ${PROMISE_AMOUNT_SCAN_CHARS}) AS "summaryStart",
           left(c.call_output_reasoning, ${PROMISE_AMOUNT_SCAN_CHARS}) AS "reasoningStart",
           r.promise_amount_cents::float8 AS "promiseCents", r.promise_currency AS "promiseCurrency",
           to_char(r.promise_date, 'YYYY-MM-DD') AS "promiseDate", r.promise_corrected_at AS "promiseAt", ${Prisma.raw(userJson("pb"))} AS "promiseBy",
           ${Prisma.raw(userJson("a"))} AS assignee, ${Prisma.raw(userJson("ub"))} AS "updatedBy"
    FROM calls c
    LEFT JOIN call_reviews r ON r.call_id = c.id
    LEFT JOIN users a ON a.id = r.assignee_id
    LEFT JOIN users ob ON ob.id = r.outcome_corrected_by
    LEFT JOIN users sb ON sb.id = r.sentiment_corrected_by
    LEFT JOIN users pb ON pb.id = r.promise_corrected_by
    LEFT JOIN users ub ON ub.id = r.updated_by
    WHERE c.id = ${callId}::uuid`;
  if (rows.length === 0) return null;
  const row = rowSchema.parse(rows[0]);
  const label = (label: string | null, key: string | null): Label => ({ key, label: label ?? (key && labelForKey(key)) });
  return {
    callId: row.callId,
    status: row.status ?? "not_reviewed",
    version: row.version ?? 0,
    assignee: row.assignee,
    outcome: labelReview(label(row.aiOutcome, row.aiOutcomeKey), label(row.reviewedOutcome, row.reviewedOutcomeKey), row.outcomeReason, row.outcomeAt, row.outcomeBy),
    sentiment: labelReview(label(row.aiSentiment, row.aiSentimentKey), label(row.reviewedSentiment, row.reviewedSentimentKey), row.sentimentReason, row.sentimentAt, row.sentimentBy),
    promise: promiseReview(row),
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}
