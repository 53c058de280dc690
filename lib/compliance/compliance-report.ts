import "server-only";
// The Compliance page's figures for a period: calls placed against the calling rules (from
// calling_rule_flags, indexed by time), per day, per project and grouped by contact, and the
// conversations without a disclosure phrase (an index-only scan of calls_disclosure_found_...).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDateRange, dayOf, type Day } from "@/lib/calls/date-range";
import type { ContactSettings } from "@/lib/contacts/settings";
import type { ComplianceParams } from "./compliance-params";

export const CONTACTS_PER_PAGE = 25;
export const CALLS_PER_CONTACT = 12;

export type Period = { from: Date; to: Date; firstDay: Day; lastDay: Day };

export function periodOf(params: ComplianceParams, now: Date, timeZone: string): Period {
  const { from, to } = resolveDateRange(params.range, now, timeZone);
  const start = from ?? now;
  const end = to ?? now;
  return { from: start, to: end, firstDay: dayOf(start, timeZone), lastDay: dayOf(new Date(end.getTime() - 1), timeZone) };
}

const n = z.coerce.number();
const totalsSchema = z.object({ flagged: n, overLimit: n, afterConversation: n, excepted: n, contacts: n });
const dayRowSchema = z.object({ day: z.string(), flagged: n, overLimit: n, afterConversation: n });
const projectRowSchema = z.object({ projectId: z.string(), flagged: n, overLimit: n, afterConversation: n });
const contactRowSchema = z.object({ number: z.string(), account: z.string(), flagged: n, overLimit: n, afterConversation: n, maxAttempts: n, lastAt: z.date() });
const flaggedCallSchema = z.object({
  id: z.string(), number: z.string(), account: z.string(), endedAt: z.date(), attempts: n, conversationDay: z.string().nullable(),
  overLimit: z.boolean(), afterConversation: z.boolean(), exceptionReason: z.string().nullable(), outcomeKey: z.string().nullable(),
});

export type FlaggedCall = z.infer<typeof flaggedCallSchema>;
export type ContactRow = z.infer<typeof contactRowSchema> & { calls: FlaggedCall[] };

function flagsWhere(period: Period, project: string | null): Prisma.Sql {
  return Prisma.sql`f.ended_at >= ${period.from} AND f.ended_at < ${period.to}${project === null ? Prisma.empty : Prisma.sql` AND f.project_id = ${project}`}`;
}

export async function getFlaggedSummary(params: ComplianceParams, period: Period) {
  const where = flagsWhere(period, params.project);
  const db = getDb();
  const [totals, days, projects] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT count(*) AS flagged, count(*) FILTER (WHERE f.over_limit) AS "overLimit", count(*) FILTER (WHERE f.after_conversation) AS "afterConversation",
             count(e.call_id) AS excepted, count(DISTINCT (f.contact_number, f.account_key)) AS contacts
      FROM calling_rule_flags f LEFT JOIN calling_rule_exceptions e ON e.call_id = f.call_id WHERE ${where}`,
    db.$queryRaw<unknown[]>`
      SELECT to_char(f.day, 'YYYY-MM-DD') AS day, count(*) AS flagged, count(*) FILTER (WHERE f.over_limit) AS "overLimit",
             count(*) FILTER (WHERE f.after_conversation) AS "afterConversation"
      FROM calling_rule_flags f WHERE ${where} GROUP BY f.day ORDER BY f.day`,
    db.$queryRaw<unknown[]>`
      SELECT f.project_id AS "projectId", count(*) AS flagged, count(*) FILTER (WHERE f.over_limit) AS "overLimit",
             count(*) FILTER (WHERE f.after_conversation) AS "afterConversation"
      FROM calling_rule_flags f WHERE ${where} GROUP BY f.project_id ORDER BY flagged DESC, f.project_id LIMIT 100`,
  ]);
  return { totals: totalsSchema.parse(totals[0]), days: z.array(dayRowSchema).parse(days), projects: z.array(projectRowSchema).parse(projects) };
}

/** The contacts with the most flagged calls in the period, each with its flagged calls (newest first). */
export async function listFlaggedContacts(params: ComplianceParams, period: Period): Promise<ContactRow[]> {
  const where = flagsWhere(period, params.project);
  const db = getDb();
  const contacts = z.array(contactRowSchema).parse(
    await db.$queryRaw<unknown[]>`
      SELECT f.contact_number AS number, f.account_key AS account, count(*) AS flagged, count(*) FILTER (WHERE f.over_limit) AS "overLimit",
             count(*) FILTER (WHERE f.after_conversation) AS "afterConversation", max(f.attempts_7d) AS "maxAttempts", max(f.ended_at) AS "lastAt"
      FROM calling_rule_flags f WHERE ${where}
      GROUP BY f.contact_number, f.account_key
      ORDER BY flagged DESC, "lastAt" DESC, number, account
      LIMIT ${CONTACTS_PER_PAGE} OFFSET ${(params.page - 1) * CONTACTS_PER_PAGE}`,
  );
  if (contacts.length === 0) return [];
  const calls = z.array(flaggedCallSchema).parse(
    await db.$queryRaw<unknown[]>`
      SELECT x.* FROM unnest(${contacts.map((c) => c.number)}::text[], ${contacts.map((c) => c.account)}::text[]) AS k(number, account)
      CROSS JOIN LATERAL (
        SELECT f.call_id::text AS id, f.contact_number AS number, f.account_key AS account, f.ended_at AS "endedAt", f.attempts_7d AS attempts,
               to_char(f.conversation_day, 'YYYY-MM-DD') AS "conversationDay", f.over_limit AS "overLimit", f.after_conversation AS "afterConversation",
               e.reason AS "exceptionReason", c.outcome_key AS "outcomeKey"
        FROM calling_rule_flags f
        JOIN calls c ON c.id = f.call_id
        LEFT JOIN calling_rule_exceptions e ON e.call_id = f.call_id
        WHERE f.contact_number = k.number AND f.account_key = k.account AND ${where}
        ORDER BY f.ended_at DESC LIMIT ${CALLS_PER_CONTACT}
      ) x`,
  );
  return contacts.map((contact) => ({ ...contact, calls: calls.filter((call) => call.number === contact.number && call.account === contact.account) }));
}

const disclosureSchema = z.object({ projectId: z.string(), missing: n, checked: n });

/** Conversations (delivered, a conversation outcome) whose AI turns were searched, and those without a disclosure, per project. */
export async function getDisclosureCounts(params: ComplianceParams, period: Period, settings: ContactSettings) {
  const rows = await getDb().$queryRaw<unknown[]>`
    SELECT coalesce(project_id, '') AS "projectId", count(*) FILTER (WHERE NOT disclosure_found) AS missing, count(*) AS checked
    FROM calls
    WHERE disclosure_found IN (false, true) AND ended_at >= ${period.from} AND ended_at < ${period.to}
      AND delivery_status = 'pass' AND outcome_key IS NOT NULL AND outcome_key <> ALL (${settings.nonConversationOutcomes}::text[])
      ${params.project === null ? Prisma.empty : Prisma.sql`AND project_id = ${params.project}`}
    GROUP BY 1 ORDER BY missing DESC, 1`;
  return z.array(disclosureSchema).parse(rows);
}
