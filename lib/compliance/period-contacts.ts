import "server-only";
// The Compliance page's contacts: each flagged contact's counts in the period, kept in
// calling_rule_period_contacts (built at the period's first request by calling_rule_period_ensure,
// then kept current by calling_rules_refresh; see the calling_rule_roll_ups migration), so a page
// of the ranking is an index range read instead of a grouping of every flagged call.
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Day } from "@/lib/calls/date-range";

export type RankedContact = {
  number: string; account: string; flagged: number; overLimit: number; afterConversation: number; maxAttempts: number; lastAt: Date;
};

/** The stored period's id, built now if it is new; null while the flags are not built for `timeZone`. */
export async function ensurePeriodContacts(firstDay: Day, lastDay: Day, project: string | null, timeZone: string): Promise<number | null> {
  const [row] = await getDb().$queryRaw<{ id: number | null }[]>`
    SELECT calling_rule_period_ensure(${firstDay}::date, ${lastDay}::date, ${project ?? ""}, ${timeZone}) AS id`;
  return row?.id ?? null;
}

const n = z.coerce.number();
const pageSchema = z.object({
  contacts: n, number: z.string().nullable(), account: z.string().nullable(), flagged: n.nullable(), overLimit: n.nullable(),
  afterConversation: n.nullable(), maxAttempts: n.nullable(), lastAt: z.date().nullable(),
});

/** The page's contacts, most flagged first (then the latest), and how many contacts there are. */
export async function readContactsPage(periodId: number, limit: number, offset: number): Promise<{ contacts: number; page: RankedContact[] }> {
  const rows = z.array(pageSchema).parse(
    await getDb().$queryRaw<unknown[]>`
      WITH total AS (SELECT coalesce(sum(contacts), 0) AS contacts FROM calling_rule_period_counts WHERE period_id = ${periodId})
      SELECT total.contacts, p.contact_number AS number, p.account_key AS account, p.flagged, p.over_limit AS "overLimit",
             p.after_conversation AS "afterConversation", p.max_attempts AS "maxAttempts", p.last_at AS "lastAt"
      FROM total LEFT JOIN LATERAL (
        SELECT * FROM calling_rule_period_contacts WHERE period_id = ${periodId}
        ORDER BY flagged DESC, last_at DESC, contact_number, account_key LIMIT ${limit} OFFSET ${offset}
      ) p ON true`,
  );
  const page = rows.flatMap((row) =>
    row.number === null || row.account === null || row.lastAt === null
      ? []
      : [{ number: row.number, account: row.account, flagged: row.flagged ?? 0, overLimit: row.overLimit ?? 0, afterConversation: row.afterConversation ?? 0, maxAttempts: row.maxAttempts ?? 0, lastAt: row.lastAt }],
  );
  return { contacts: rows[0]?.contacts ?? 0, page };
}
