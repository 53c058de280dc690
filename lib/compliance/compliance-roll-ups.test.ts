// The Compliance page's figures from the roll-ups (day deltas, stored periods) against a plain
// count of calling_rule_flags, on generated calls (repeat calls to the same numbers, several
// projects and accounts), then again after late calls, moves, deletes, corrections and
// exceptions changed the flags of periods already built, and after the deltas were folded. The
// disclosure counts (their own deltas) against a plain count of the calls alike.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { backfillContacts } from "@/lib/contacts/backfill";
import { getDb } from "@/lib/db";
import { parseComplianceParams, type ComplianceParams } from "./compliance-params";
import { CONTACTS_PER_PAGE, getComplianceReport, getDisclosureCounts, periodOf, type ComplianceReport, type Period } from "./compliance-report";
import { markCallingException, removeCallingException } from "./exceptions";
import { foldFlagDays } from "./flag-days";
import { ensureCallingRules } from "./rules-state";
import { testSettings } from "./test-fixtures";

const settings = testSettings({ timeZone: "America/Chicago", accountKeyName: "extra_id" });
const now = new Date("2026-11-30T18:00:00Z");
const user = { id: "u1", email: "reviewer@example.com" };
const origin = { ipAddress: null, userAgent: null };

type FlagRow = { id: string; number: string; account: string; day: string; projectId: string; overLimit: boolean; afterConversation: boolean; attempts: number; endedAt: Date; excepted: boolean };

/** The report as a plain count of the flagged calls of the period would give it. */
async function plainCount(params: ComplianceParams, period: Period): Promise<Omit<ComplianceReport, "contacts"> & { contacts: Omit<ComplianceReport["contacts"][number], "calls">[] }> {
  const all = await getDb().$queryRaw<FlagRow[]>`
    SELECT f.call_id::text AS id, f.contact_number AS number, f.account_key AS account, to_char(f.day, 'YYYY-MM-DD') AS day, f.project_id AS "projectId",
           f.over_limit AS "overLimit", f.after_conversation AS "afterConversation", f.attempts_7d AS attempts, f.ended_at AS "endedAt",
           e.call_id IS NOT NULL AS excepted
    FROM calling_rule_flags f LEFT JOIN calling_rule_exceptions e ON e.call_id = f.call_id
    WHERE f.ended_at >= ${period.from} AND f.ended_at < ${period.to}`;
  const rows = all.filter((row) => params.project === null || row.projectId === params.project);
  const count = (list: FlagRow[]) => ({ flagged: list.length, overLimit: list.filter((r) => r.overLimit).length, afterConversation: list.filter((r) => r.afterConversation).length });
  const groups = <K extends string>(key: (row: FlagRow) => K) => {
    const map = new Map<K, FlagRow[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return [...map];
  };
  const contacts = groups((row) => `${row.number}|${row.account}`)
    .map(([, list]) => ({
      number: list[0]!.number, account: list[0]!.account, ...count(list),
      maxAttempts: Math.max(...list.map((r) => r.attempts)), lastAt: new Date(Math.max(...list.map((r) => r.endedAt.getTime()))),
    }))
    .sort((a, b) => b.flagged - a.flagged || b.lastAt.getTime() - a.lastAt.getTime() || (a.number < b.number ? -1 : a.number > b.number ? 1 : a.account < b.account ? -1 : 1));
  return {
    totals: { ...count(rows), excepted: rows.filter((r) => r.excepted).length, contacts: contacts.length },
    days: groups((row) => row.day).map(([day, list]) => ({ day, ...count(list) })).sort((a, b) => a.day.localeCompare(b.day)),
    projects: groups((row) => row.projectId).map(([projectId, list]) => ({ projectId, ...count(list) }))
      .sort((a, b) => b.flagged - a.flagged || a.projectId.localeCompare(b.projectId)),
    contacts: contacts.slice((params.page - 1) * CONTACTS_PER_PAGE, params.page * CONTACTS_PER_PAGE),
  };
}

const VIEWS = ["range=30d", "range=90d", "range=90d&page=2", "range=7d", "range=custom&from=2026-10-20&to=2026-11-10", "range=custom&from=2026-10-20&to=2026-11-10&project=proj_collections_us"];

async function expectSameAsPlainCount() {
  for (const view of VIEWS) {
    const params = parseComplianceParams(Object.fromEntries(new URLSearchParams(view)));
    const period = periodOf(params, now, settings.timeZone);
    const report = await getComplianceReport(params, period, settings.timeZone);
    const { contacts, ...figures } = report;
    const plain = await plainCount(params, period);
    expect({ ...figures, contacts: contacts.map(({ calls: _, ...contact }) => contact) }, view).toEqual(plain);
    expect(contacts.every((contact) => contact.calls.length === Math.min(5, contact.flagged)), view).toBe(true);
    expect(await getDisclosureCounts(params, period, settings), view).toEqual(await plainDisclosure(params, period));
  }
}

/** Conversations and those without a disclosure phrase, per project, counted from the calls. */
async function plainDisclosure(params: ComplianceParams, period: Period) {
  const rows = await getDb().$queryRaw<{ projectId: string; missing: number; checked: number }[]>`
    SELECT coalesce(project_id, '') AS "projectId", count(*) FILTER (WHERE disclosure_found = false)::int AS missing, count(*)::int AS checked
    FROM calls
    WHERE ended_at >= ${period.from} AND ended_at < ${period.to} AND delivery_status = 'pass' AND outcome_key IS NOT NULL
      AND outcome_key <> ALL (${settings.nonConversationOutcomes}::text[])
    GROUP BY 1`;
  return rows.filter((row) => params.project === null || row.projectId === params.project)
    .sort((a, b) => b.missing - a.missing || a.projectId.localeCompare(b.projectId));
}

beforeAll(async () => {
  const generated = generateCalls(1_500, { seed: 7, now, spreadDays: 45 });
  await insertCalls(generated.map(({ payload, endedAt }) => ({ record: toCallRecord(payload, settings), endedAt })));
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  await backfillContacts(client, settings).finally(() => client.end());
  expect(await ensureCallingRules(settings)).toEqual({ ready: true });
}, 180_000);

describe("the Compliance figures from the roll-ups", () => {
  it("equal a plain count of the flags, per period, page and project", async () => {
    const report = await getComplianceReport(parseComplianceParams({ range: "90d" }), periodOf(parseComplianceParams({ range: "90d" }), now, settings.timeZone), settings.timeZone);
    expect(report.totals.contacts).toBeGreaterThan(CONTACTS_PER_PAGE);
    expect(report.totals.overLimit).toBeGreaterThan(0);
    expect(report.totals.afterConversation).toBeGreaterThan(0);
    expect(report.projects.length).toBeGreaterThan(1);
    await expectSameAsPlainCount();
  });

  it("stay equal after late calls, moves, deletes, corrections and exceptions change the flags of built periods", async () => {
    const flagged = await getDb().$queryRaw<{ id: string }[]>`SELECT call_id::text AS id FROM calling_rule_flags ORDER BY call_id LIMIT 4`;
    for (const { id } of flagged) expect(await markCallingException({ callId: id, reason: "Consumer asked for the call" }, user, origin)).toBe(true);
    expect(await removeCallingException(flagged[0]!.id, user, origin)).toBe(true);
    const late = generateCalls(300, { seed: 8, now, spreadDays: 45 });
    await insertCalls(late.map(({ payload, endedAt }) => ({ record: toCallRecord(payload, settings), endedAt })));
    await getDb().$executeRaw`UPDATE calls SET ended_at = ended_at - interval '2 days' WHERE id IN (SELECT id FROM calls ORDER BY id LIMIT 60)`;
    await getDb().$executeRaw`UPDATE calls SET contact_number = '+13125550100' WHERE id IN (SELECT id FROM calls ORDER BY id DESC LIMIT 40)`;
    await getDb().$executeRaw`DELETE FROM calls WHERE id IN (SELECT call_id FROM calling_rule_flags ORDER BY call_id DESC LIMIT 30)`;
    await getDb().$executeRaw`
      UPDATE calls SET reviewed_outcome = 'Payment promise', reviewed_outcome_key = 'payment_promise'
      WHERE id IN (SELECT id FROM calls WHERE outcome_key = 'voicemail' AND delivery_status = 'pass' ORDER BY id LIMIT 80)`;
    await getDb().$executeRaw`
      UPDATE calls SET reviewed_outcome = 'Voicemail', reviewed_outcome_key = 'voicemail'
      WHERE id IN (SELECT id FROM calls WHERE outcome_key = 'payment_promise' AND delivery_status = 'pass' ORDER BY id LIMIT 80)`;
    await expectSameAsPlainCount();
  }, 180_000);

  it("stay equal once the day deltas are folded into one row per day and project", async () => {
    const before = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calling_rule_day_deltas`;
    expect(await foldFlagDays("2026-01-01", "2026-12-31")).toBe(true);
    const after = await getDb().$queryRaw<{ n: number; keys: number }[]>`
      SELECT count(*)::int AS n, count(DISTINCT (day, project_id))::int AS keys FROM calling_rule_day_deltas`;
    expect(after[0]!.n).toBeLessThan(before[0]!.n);
    expect(after[0]!.n).toBe(after[0]!.keys);
    await expectSameAsPlainCount();
  });

  it("are rebuilt with the flags (a changed time zone), and empty while the flags are not built", async () => {
    await getDb().$executeRaw`UPDATE contact_state SET rules_zone = NULL`;
    const params = parseComplianceParams({ range: "30d" });
    expect((await getComplianceReport(params, periodOf(params, now, settings.timeZone), settings.timeZone)).totals.flagged).toBe(0);
    expect(await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calling_rule_periods`).toEqual([{ n: 5 }]);
    await ensureCallingRules(settings);
    expect(await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calling_rule_periods`).toEqual([{ n: 0 }]);
    await expectSameAsPlainCount();
  });
});
