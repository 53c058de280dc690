import "server-only";
// The Compliance page's figures for a period: calls placed against the calling rules, per day,
// per project and grouped by contact (from the roll-ups of calling_rule_flags: flag-days.ts,
// period-contacts.ts), and the conversations without a disclosure phrase.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDateRange, dayOf, type Day } from "@/lib/calls/date-range";
import type { ContactSettings } from "@/lib/contacts/settings";
import { ensureDayCube } from "@/lib/analytics/day-cube";
import type { ComplianceParams } from "./compliance-params";
import { readFlagDays } from "./flag-days";
import { ensurePeriodContacts, readContactsPage } from "./period-contacts";

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

/** Flagged calls marked excepted in the period: a join from the few exceptions to their flags. */
async function countExcepted(period: Period, project: string | null): Promise<number> {
  const [row] = await getDb().$queryRaw<{ excepted: number }[]>`
    SELECT count(*)::int AS excepted FROM calling_rule_exceptions e JOIN calling_rule_flags f ON f.call_id = e.call_id
    WHERE f.day >= ${period.firstDay}::date AND f.day <= ${period.lastDay}::date${project === null ? Prisma.empty : Prisma.sql` AND f.project_id = ${project}`}`;
  return row?.excepted ?? 0;
}

export type ComplianceReport = {
  totals: Totals;
  days: (Counts & { day: string })[];
  projects: (Counts & { projectId: string })[];
  contacts: ContactRow[];
};

const EMPTY: ComplianceReport = { totals: { flagged: 0, overLimit: 0, afterConversation: 0, excepted: 0, contacts: 0 }, days: [], projects: [], contacts: [] };

function add(into: Map<string, Counts>, key: string, row: Counts) {
  const sum = into.get(key) ?? { flagged: 0, overLimit: 0, afterConversation: 0 };
  into.set(key, { flagged: sum.flagged + row.flagged, overLimit: sum.overLimit + row.overLimit, afterConversation: sum.afterConversation + row.afterConversation });
}

/**
 * The period's figures from the two roll-ups of the flags: per day, per project and in total from
 * the day deltas, the page of contacts from the period's ranking. Days are those of `timeZone`,
 * which the flags must be built for (ensureCallingRules); until then the report is empty.
 */
export async function getComplianceReport(params: ComplianceParams, period: Period, timeZone: string): Promise<ComplianceReport> {
  const { project } = params;
  const [periodId, flagDays, excepted] = await Promise.all([
    ensurePeriodContacts(period.firstDay, period.lastDay, project, timeZone),
    readFlagDays(period.firstDay, period.lastDay, project),
    countExcepted(period, project),
  ]);
  if (periodId === null) return EMPTY;
  const ranked = await readContactsPage(periodId, CONTACTS_PER_PAGE, (params.page - 1) * CONTACTS_PER_PAGE);
  const days = new Map<string, Counts>();
  const projects = new Map<string, Counts>();
  const total = new Map<string, Counts>();
  for (const row of flagDays) {
    add(days, row.day, row);
    add(projects, row.projectId, row);
    add(total, "", row);
  }
  return {
    totals: { flagged: 0, overLimit: 0, afterConversation: 0, ...total.get(""), excepted, contacts: ranked.contacts },
    days: [...days].map(([day, counts]) => ({ day, ...counts })).sort((a, b) => a.day.localeCompare(b.day)),
    projects: [...projects].map(([projectId, counts]) => ({ projectId, ...counts })).sort((a, b) => b.flagged - a.flagged || a.projectId.localeCompare(b.projectId)),
    contacts: await withFlaggedCalls(ranked.page, params, period),
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
               e.reason AS "exceptionReason", c.effective_outcome_key AS "outcomeKey"
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
 * Per project: conversations (delivered, a conversation outcome), and those of them whose AI turns
 * hold no disclosure phrase. From disclosure_day_deltas when it is counted in this zone (with the
 * flags: contact_state.rules_zone), else from the analytics roll-up and an index-only scan of the
 * disclosure_found = false calls (~220k at 1M calls). The period is whole local days. The check is
 * of the AI's own turns, so conversations are judged by the AI's outcome here, not a correction.
 */
export async function getDisclosureCounts(params: ComplianceParams, period: Period, settings: ContactSettings) {
  const excluded = settings.nonConversationOutcomes;
  const project = (column: Prisma.Sql) => (params.project === null ? Prisma.empty : Prisma.sql`AND ${column} = ${params.project}`);
  const fromDeltas = await getDb().$queryRaw<unknown[]>`
    SELECT project_id AS "projectId", sum(missing) AS missing, sum(calls) AS checked
    FROM disclosure_day_deltas
    WHERE (SELECT rules_zone = ${settings.timeZone} FROM contact_state WHERE id = 1)
      AND day >= ${period.firstDay}::date AND day <= ${period.lastDay}::date AND outcome_key <> ALL (${excluded}::text[])
      ${project(Prisma.sql`project_id`)}
    GROUP BY 1 HAVING sum(calls) <> 0
    UNION ALL
    SELECT NULL, NULL, NULL WHERE NOT coalesce((SELECT rules_zone = ${settings.timeZone} FROM contact_state WHERE id = 1), false)`;
  const counted = z.array(z.object({ projectId: z.string().nullable(), missing: n.nullable(), checked: n.nullable() })).parse(fromDeltas);
  if (!counted.some((row) => row.projectId === null)) {
    return z.array(disclosureSchema).parse(counted).sort((a, b) => b.missing - a.missing || a.projectId.localeCompare(b.projectId));
  }
  await ensureDayCube(settings.timeZone);
  const rows = await getDb().$queryRaw<unknown[]>`
    WITH missing AS (
      SELECT coalesce(project_id, '') AS project_id, count(*) AS missing
      FROM calls
      WHERE disclosure_found = false AND ended_at >= ${period.from} AND ended_at < ${period.to}
        AND delivery_status = 'pass' AND outcome_key IS NOT NULL AND outcome_key <> ALL (${excluded}::text[])
        ${project(Prisma.sql`project_id`)}
      GROUP BY 1
    ), conversations AS (
      SELECT project_id, sum(calls) AS checked
      FROM call_day_cube
      WHERE day >= ${period.firstDay}::date AND day <= ${period.lastDay}::date AND delivery_status = 'pass'
        AND outcome_key <> '' AND outcome_key <> ALL (${excluded}::text[])
        ${project(Prisma.sql`project_id`)}
      GROUP BY 1
    )
    SELECT coalesce(c.project_id, m.project_id) AS "projectId", coalesce(m.missing, 0) AS missing, coalesce(c.checked, 0) AS checked
    FROM conversations c FULL JOIN missing m ON m.project_id = c.project_id
    ORDER BY missing DESC, 1`;
  return z.array(disclosureSchema).parse(rows);
}
