import "server-only";
// The Compliance page's figures for a period: calls placed against the calling rules (from
// calling_rule_flags, indexed by time), per day, per project and grouped by contact, and the
// conversations without a disclosure phrase (an index-only scan of calls_disclosure_found_...).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDateRange, dayOf, type Day } from "@/lib/calls/date-range";
import type { ContactSettings } from "@/lib/contacts/settings";
import { ensureDayCube } from "@/lib/analytics/day-cube";
import type { ComplianceParams } from "./compliance-params";

export const CONTACTS_PER_PAGE = 25;
export const CALLS_PER_CONTACT = 5;

export type Period = { from: Date; to: Date; firstDay: Day; lastDay: Day };

export function periodOf(params: ComplianceParams, now: Date, timeZone: string): Period {
  const { from, to } = resolveDateRange(params.range, now, timeZone);
  const start = from ?? now;
  const end = to ?? now;
  return { from: start, to: end, firstDay: dayOf(start, timeZone), lastDay: dayOf(new Date(end.getTime() - 1), timeZone) };
}

const n = z.coerce.number();
type Counts = { flagged: number; overLimit: number; afterConversation: number };
type Totals = Counts & { excepted: number; contacts: number };
type ContactCounts = Counts & { number: string; account: string; maxAttempts: number; lastAt: Date };
const flaggedCallSchema = z.object({
  id: z.string(), number: z.string(), account: z.string(), endedAt: z.date(), attempts: n, conversationDay: z.string().nullable(),
  overLimit: z.boolean(), afterConversation: z.boolean(), exceptionReason: z.string().nullable(), outcomeKey: z.string().nullable(),
});

export type FlaggedCall = z.infer<typeof flaggedCallSchema>;
export type ContactRow = ContactCounts & { calls: FlaggedCall[] };

function flagsWhere(period: Period, project: string | null): Prisma.Sql {
  return Prisma.sql`f.ended_at >= ${period.from} AND f.ended_at < ${period.to}${project === null ? Prisma.empty : Prisma.sql` AND f.project_id = ${project}`}`;
}

const groupedSchema = z.object({
  kind: z.enum(["total", "day", "project", "contact", "contacts"]),
  number: z.string().nullable(), account: z.string().nullable(), day: z.string().nullable(), projectId: z.string().nullable(),
  flagged: n, overLimit: n, afterConversation: n, excepted: n, maxAttempts: n.nullable(), lastAt: z.date().nullable(),
});

/**
 * The period's figures in one pass over its flagged calls: GROUPING SETS count them per contact,
 * per day, per project and in total at once, and the page of contacts is cut from the contact groups.
 */
async function readGrouped(params: ComplianceParams, period: Period) {
  const rows = await getDb().$queryRaw<unknown[]>`
    WITH flagged AS MATERIALIZED (
      SELECT f.contact_number, f.account_key, f.day, f.project_id, f.over_limit, f.after_conversation, f.attempts_7d, f.ended_at,
             e.call_id IS NOT NULL AS excepted
      FROM calling_rule_flags f LEFT JOIN calling_rule_exceptions e ON e.call_id = f.call_id
      WHERE ${flagsWhere(period, params.project)}
    ), grouped AS MATERIALIZED (
      SELECT GROUPING(contact_number, account_key) AS by_contact, GROUPING(day) AS by_day, GROUPING(project_id) AS by_project,
             contact_number, account_key, day, project_id, count(*) AS flagged, count(*) FILTER (WHERE over_limit) AS over_limit,
             count(*) FILTER (WHERE after_conversation) AS after_conversation, count(*) FILTER (WHERE excepted) AS excepted,
             max(attempts_7d) AS max_attempts, max(ended_at) AS last_at
      FROM flagged GROUP BY GROUPING SETS ((contact_number, account_key), (day), (project_id), ())
    ), contacts AS (
      SELECT * FROM grouped WHERE by_contact = 0
      ORDER BY flagged DESC, last_at DESC, contact_number, account_key
      LIMIT ${CONTACTS_PER_PAGE} OFFSET ${(params.page - 1) * CONTACTS_PER_PAGE}
    )
    SELECT CASE WHEN by_contact = 0 THEN 'contact' WHEN by_day = 0 THEN 'day' WHEN by_project = 0 THEN 'project' ELSE 'total' END AS kind,
           contact_number AS number, account_key AS account, to_char(day, 'YYYY-MM-DD') AS day, project_id AS "projectId",
           flagged, over_limit AS "overLimit", after_conversation AS "afterConversation", excepted, max_attempts AS "maxAttempts", last_at AS "lastAt"
    FROM (SELECT * FROM grouped WHERE by_contact <> 0 UNION ALL SELECT * FROM contacts) AS picked
    UNION ALL
    SELECT 'contacts', NULL, NULL, NULL, NULL, count(*), 0, 0, 0, NULL, NULL FROM grouped WHERE by_contact = 0`;
  return z.array(groupedSchema).parse(rows);
}

export type ComplianceReport = {
  totals: Totals;
  days: (Counts & { day: string })[];
  projects: (Counts & { projectId: string })[];
  contacts: ContactRow[];
};

export async function getComplianceReport(params: ComplianceParams, period: Period): Promise<ComplianceReport> {
  const rows = await readGrouped(params, period);
  const total = rows.find((row) => row.kind === "total");
  const counts = (row: z.infer<typeof groupedSchema>): Counts => ({ flagged: row.flagged, overLimit: row.overLimit, afterConversation: row.afterConversation });
  const contactRows = rows.filter((row) => row.kind === "contact").sort((a, b) => b.flagged - a.flagged || b.lastAt!.getTime() - a.lastAt!.getTime());
  return {
    totals: {
      flagged: total?.flagged ?? 0, overLimit: total?.overLimit ?? 0, afterConversation: total?.afterConversation ?? 0,
      excepted: total?.excepted ?? 0, contacts: rows.find((row) => row.kind === "contacts")?.flagged ?? 0,
    },
    days: rows.filter((row) => row.kind === "day").map((row) => ({ day: row.day!, ...counts(row) })).sort((a, b) => a.day.localeCompare(b.day)),
    projects: rows.filter((row) => row.kind === "project").map((row) => ({ projectId: row.projectId!, ...counts(row) }))
      .sort((a, b) => b.flagged - a.flagged || a.projectId.localeCompare(b.projectId)),
    contacts: await withFlaggedCalls(
      contactRows.map((row) => ({ number: row.number!, account: row.account!, ...counts(row), maxAttempts: row.maxAttempts ?? 0, lastAt: row.lastAt! })),
      params,
      period,
    ),
  };
}

/** Each listed contact's flagged calls in the period (newest first, CALLS_PER_CONTACT of them). */
async function withFlaggedCalls(contacts: ContactCounts[], params: ComplianceParams, period: Period): Promise<ContactRow[]> {
  if (contacts.length === 0) return [];
  const where = flagsWhere(period, params.project);
  const calls = z.array(flaggedCallSchema).parse(
    await getDb().$queryRaw<unknown[]>`
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

/**
 * Per project: conversations (delivered, a conversation outcome) from the analytics roll-up, and
 * those of them whose AI turns hold no disclosure phrase (an index-only scan of the few
 * disclosure_found = false rows). The period is whole local days, as the roll-up's.
 */
export async function getDisclosureCounts(params: ComplianceParams, period: Period, settings: ContactSettings) {
  await ensureDayCube(settings.timeZone);
  const project = (column: Prisma.Sql) => (params.project === null ? Prisma.empty : Prisma.sql`AND ${column} = ${params.project}`);
  const rows = await getDb().$queryRaw<unknown[]>`
    WITH missing AS (
      SELECT coalesce(project_id, '') AS project_id, count(*) AS missing
      FROM calls
      WHERE disclosure_found = false AND ended_at >= ${period.from} AND ended_at < ${period.to}
        AND delivery_status = 'pass' AND outcome_key IS NOT NULL AND outcome_key <> ALL (${settings.nonConversationOutcomes}::text[])
        ${project(Prisma.sql`project_id`)}
      GROUP BY 1
    ), conversations AS (
      SELECT project_id, sum(calls) AS checked
      FROM call_day_cube
      WHERE day >= ${period.firstDay}::date AND day <= ${period.lastDay}::date AND delivery_status = 'pass'
        AND outcome_key <> '' AND outcome_key <> ALL (${settings.nonConversationOutcomes}::text[])
        ${project(Prisma.sql`project_id`)}
      GROUP BY 1
    )
    SELECT coalesce(c.project_id, m.project_id) AS "projectId", coalesce(m.missing, 0) AS missing, coalesce(c.checked, 0) AS checked
    FROM conversations c FULL JOIN missing m ON m.project_id = c.project_id
    ORDER BY missing DESC, 1`;
  return z.array(disclosureSchema).parse(rows);
}
