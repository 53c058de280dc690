import "server-only";
// The flagged calls of a period as CSV rows, in keyset batches on (ended_at, call_id): constant memory.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ComplianceParams } from "./compliance-params";
import type { Period } from "./compliance-report";

export const FLAGGED_CSV_HEADER = [
  "call_id", "ended_at", "day", "contact_number", "account", "project_id", "outcome", "attempts_in_7_days",
  "over_7_in_7", "within_7_days_of_conversation", "conversation_day", "excepted", "exception_reason", "marked_by",
];

const rowSchema = z.object({
  id: z.string(), endedAt: z.date(), day: z.string(), number: z.string(), account: z.string(), projectId: z.string(),
  outcomeKey: z.string().nullable(), attempts: z.number(), overLimit: z.boolean(), afterConversation: z.boolean(),
  conversationDay: z.string().nullable(), reason: z.string().nullable(), markedEmail: z.string().nullable(),
});

const BATCH = 1_000;

export async function* eachFlaggedCsvRow(params: ComplianceParams, period: Period): AsyncGenerator<(string | number | Date | null)[][]> {
  let after: { endedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = z.array(rowSchema).parse(
      await getDb().$queryRaw<unknown[]>`
        SELECT f.call_id::text AS id, f.ended_at AS "endedAt", to_char(f.day, 'YYYY-MM-DD') AS day, f.contact_number AS number, f.account_key AS account,
               f.project_id AS "projectId", c.effective_outcome_key AS "outcomeKey", f.attempts_7d AS attempts, f.over_limit AS "overLimit",
               f.after_conversation AS "afterConversation", to_char(f.conversation_day, 'YYYY-MM-DD') AS "conversationDay",
               e.reason, e.marked_email AS "markedEmail"
        FROM calling_rule_flags f JOIN calls c ON c.id = f.call_id LEFT JOIN calling_rule_exceptions e ON e.call_id = f.call_id
        WHERE f.ended_at >= ${period.from} AND f.ended_at < ${period.to}
          ${params.project === null ? Prisma.empty : Prisma.sql`AND f.project_id = ${params.project}`}
          ${after === null ? Prisma.empty : Prisma.sql`AND (f.ended_at, f.call_id) > (${after.endedAt}, ${after.id}::uuid)`}
        ORDER BY f.ended_at, f.call_id LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return;
    yield rows.map((r) => [
      r.id, r.endedAt, r.day, r.number, r.account || null, r.projectId || null, r.outcomeKey, r.attempts,
      r.overLimit ? "yes" : "no", r.afterConversation ? "yes" : "no", r.conversationDay, r.reason === null ? "no" : "yes", r.reason, r.markedEmail,
    ]);
    const last = rows[rows.length - 1]!;
    after = { endedAt: last.endedAt, id: last.id };
    if (rows.length < BATCH) return;
  }
}
