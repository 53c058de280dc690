import "server-only";
// Every call of a contact (a number, one account of it, or an account across numbers) in time order,
// with its calling-rule flag and exception and a reviewer's reading of its promise's terms, for the
// contact pages. The outcome and sentiment are the effective ones (a reviewer's correction, else the
// AI's), as on /calls, /analytics and in the calling rules, so the promise history agrees with them. Read through
// calls_contact_calls_idx / calls_account_key_ended_at_idx; the newest MAX_CONTACT_CALLS.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const MAX_CONTACT_CALLS = 500;

export type ContactScope = { kind: "number"; number: string; account?: string | null } | { kind: "account"; account: string };

const rowSchema = z.object({
  id: z.string(),
  endedAt: z.date(),
  contactNumber: z.string().nullable(),
  accountKey: z.string().nullable(),
  callOutput: z.string().nullable(),
  outcomeKey: z.string().nullable(),
  sentimentKey: z.string().nullable(),
  /** The AI's outcome, when a reviewer corrected it (else null). */
  aiOutcomeKey: z.string().nullable(),
  outcomeCorrected: z.boolean(),
  deliveryStatus: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  summary: z.string().nullable(),
  reasoning: z.string().nullable(),
  projectId: z.string().nullable(),
  disclosureFound: z.boolean().nullable(),
  overLimit: z.boolean().nullable(),
  afterConversation: z.boolean().nullable(),
  attempts: z.number().nullable(),
  conversationDay: z.string().nullable(),
  exceptionReason: z.string().nullable(),
  /** A reviewer's amount and date of the promise (call_reviews): set when `promiseCorrectedAt` is. */
  promiseCents: z.number().nullable(),
  promiseCurrency: z.string().nullable(),
  promiseDate: z.string().nullable(),
  promiseCorrectedAt: z.date().nullable(),
  promiseCorrectedBy: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
});

export type ContactCall = z.infer<typeof rowSchema>;

function scopeCondition(scope: ContactScope): Prisma.Sql {
  if (scope.kind === "account") return Prisma.sql`c.account_key = ${scope.account}`;
  if (scope.account === undefined) return Prisma.sql`c.contact_number = ${scope.number}`;
  return Prisma.sql`c.contact_number = ${scope.number} AND coalesce(c.account_key, '') = ${scope.account ?? ""}`;
}

/** Oldest first; `truncated` when the contact has more calls than MAX_CONTACT_CALLS (the newest are shown). */
export async function listContactCalls(scope: ContactScope): Promise<{ calls: ContactCall[]; truncated: boolean }> {
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT * FROM (
      SELECT c.id::text AS id, c.ended_at AS "endedAt", c.contact_number AS "contactNumber", c.account_key AS "accountKey",
             left(CASE WHEN c.reviewed_outcome_key IS NOT NULL THEN c.reviewed_outcome ELSE c.call_output END, 300) AS "callOutput",
             c.effective_outcome_key AS "outcomeKey", c.effective_sentiment_key AS "sentimentKey",
             CASE WHEN c.reviewed_outcome_key IS NOT NULL THEN c.outcome_key END AS "aiOutcomeKey",
             c.reviewed_outcome_key IS NOT NULL AS "outcomeCorrected",
             c.delivery_status AS "deliveryStatus", c.duration_seconds AS "durationSeconds",
             left(c.summary, 600) AS summary, left(c.call_output_reasoning, 600) AS reasoning, c.project_id AS "projectId",
             c.disclosure_found AS "disclosureFound", f.over_limit AS "overLimit", f.after_conversation AS "afterConversation",
             f.attempts_7d AS attempts, to_char(f.conversation_day, 'YYYY-MM-DD') AS "conversationDay", e.reason AS "exceptionReason",
             r.promise_amount_cents::float8 AS "promiseCents", r.promise_currency AS "promiseCurrency",
             to_char(r.promise_date, 'YYYY-MM-DD') AS "promiseDate", r.promise_corrected_at AS "promiseCorrectedAt",
             CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS "promiseCorrectedBy"
      FROM calls c
      LEFT JOIN calling_rule_flags f ON f.call_id = c.id
      LEFT JOIN calling_rule_exceptions e ON e.call_id = c.id
      LEFT JOIN call_reviews r ON r.call_id = c.id
      LEFT JOIN users u ON u.id = r.promise_corrected_by
      WHERE ${scopeCondition(scope)}
      ORDER BY c.ended_at DESC, c.id DESC
      LIMIT ${MAX_CONTACT_CALLS + 1}
    ) newest ORDER BY "endedAt", id`;
  const calls = z.array(rowSchema).parse(rows);
  const truncated = calls.length > MAX_CONTACT_CALLS;
  return { calls: truncated ? calls.slice(1) : calls, truncated };
}
