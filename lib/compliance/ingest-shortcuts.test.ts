// The shortcuts the calls triggers take for ingestion (migration ingest_trigger_shortcuts):
// a call that is its contact's latest computes only its own flag; any other still refreshes the
// contact's 7 days (a late call re-flags the calls after it); and the settings rows are guarded by
// an advisory lock instead of a row lock, which must still keep a rebuild and a delivery apart.
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { backfillContacts } from "@/lib/contacts/backfill";
import { lockBuildState } from "@/lib/contacts/promise-follow-through-build";
import type { ContactSettings } from "@/lib/contacts/settings";
import { getDb } from "@/lib/db";
import { ensureCallingRules } from "./rules-state";
import { insertFixtureCalls, testSettings, type FixtureCall } from "./test-fixtures";

const settings = testSettings({ timeZone: "America/New_York" });
const NUMBER = "+12125550150";

async function prepare(current: ContactSettings = settings) {
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  try {
    await backfillContacts(client, current);
  } finally {
    await client.end();
  }
  expect(await ensureCallingRules(current)).toEqual({ ready: true });
}

const flags = () => getDb().$queryRaw<{ callId: string; attempts: number; conversationDay: string | null; overLimit: boolean; afterConversation: boolean }[]>`
  SELECT call_id::text AS "callId", attempts_7d AS attempts, to_char(conversation_day, 'YYYY-MM-DD') AS "conversationDay",
         over_limit AS "overLimit", after_conversation AS "afterConversation"
  FROM calling_rule_flags ORDER BY call_id`;

/** The flags as a rebuild from the calls makes them. */
async function rebuiltFlags(current: ContactSettings = settings) {
  await getDb().$executeRaw`UPDATE contact_state SET rules_zone = NULL`;
  await ensureCallingRules(current);
  return flags();
}

/** Every stored period's contacts and counts against the same figures grouped from the flags. */
async function expectPeriodsAsFlags() {
  const [stored, counted] = await Promise.all([
    getDb().$queryRaw<unknown[]>`
      SELECT period_id, contact_number, account_key, flagged, over_limit, after_conversation, max_attempts, last_at
      FROM calling_rule_period_contacts ORDER BY 1, 2, 3`,
    getDb().$queryRaw<unknown[]>`
      SELECT p.id AS period_id, f.contact_number, f.account_key, count(*)::int AS flagged, (count(*) FILTER (WHERE f.over_limit))::int AS over_limit,
             (count(*) FILTER (WHERE f.after_conversation))::int AS after_conversation, max(f.attempts_7d) AS max_attempts, max(f.ended_at) AS last_at
      FROM calling_rule_periods p
      JOIN calling_rule_flags f ON f.day BETWEEN p.first_day AND p.last_day AND (p.project_filter = '' OR f.project_id = p.project_filter)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ]);
  expect(stored).toEqual(counted);
  const counts = await getDb().$queryRaw<{ stored: number; counted: number }[]>`
    SELECT coalesce((SELECT sum(contacts) FROM calling_rule_period_counts c WHERE c.period_id = p.id), 0)::int AS stored,
           (SELECT count(*) FROM calling_rule_period_contacts pc WHERE pc.period_id = p.id)::int AS counted
    FROM calling_rule_periods p`;
  for (const row of counts) expect(row.stored).toBe(row.counted);
}

/** One statement per call, in the given order, as deliveries arrive. */
async function deliverOneByOne(calls: FixtureCall[]): Promise<string[]> {
  const ids: string[] = [];
  for (const call of calls) ids.push(...(await insertFixtureCalls([call], settings)));
  return ids;
}

const attempt = (day: string, hour: number): FixtureCall => ({ number: NUMBER, at: `2026-11-${day} ${String(hour).padStart(2, "0")}:00`, delivered: false });

beforeEach(async () => {
  await getDb().$executeRaw`TRUNCATE calls, calling_rule_periods CASCADE`;
  await getDb().$executeRaw`UPDATE contact_state SET derived_with = NULL, rules_zone = NULL`;
  await prepare();
});

describe("a call that is its contact's latest", () => {
  it("is flagged on its own, the earlier calls' flags left as they are", async () => {
    const ids = await deliverOneByOne([1, 2, 3, 4, 5, 6, 7].map((hour) => attempt("10", hour)));
    expect(await flags()).toEqual([]);
    // A flag on an earlier call that no refresh would keep: only the full refresh of the 7 days removes it.
    await getDb().$executeRaw`
      INSERT INTO calling_rule_flags (call_id, contact_number, account_key, ended_at, day, project_id, attempts_7d, conversation_day, over_limit, after_conversation)
      SELECT id, contact_number, '', ended_at, date '2026-11-10', 'proj_a', 99, NULL, true, false FROM calls WHERE id = ${ids[0]}::uuid`;
    const [eighth] = await deliverOneByOne([attempt("10", 8)]);
    expect((await flags()).map((row) => [row.callId, row.attempts])).toEqual([[ids[0], 99], [eighth, 8]].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    // A late call (before the latest) refreshes the 7 days: the stray flag goes, the later calls count it.
    await deliverOneByOne([attempt("10", 0)]);
    const after = await flags();
    expect(after.map((row) => row.attempts).sort()).toEqual([8, 9]);
    expect(after).toEqual(await rebuiltFlags());
  });

  it("counts the 7 local days before it and its own day's earlier calls, and the last conversation among them", async () => {
    const ids = await deliverOneByOne([
      { number: NUMBER, at: "2026-11-02 23:30", outcome: "PAYMENT PROMISE" }, // outside the 7 days of Nov 9
      { number: NUMBER, at: "2026-11-03 00:30", outcome: "PAYMENT PROMISE" },
      ...["04", "05", "06", "07", "08"].map((day) => attempt(day, 10)),
      attempt("09", 9),
      attempt("09", 22),
    ]);
    const rows = await flags();
    const last = rows.find((row) => row.callId === ids[8]);
    expect(last).toEqual({ callId: ids[8], attempts: 8, conversationDay: "2026-11-03", overLimit: true, afterConversation: true });
    expect(rows).toEqual(await rebuiltFlags());
  });
});

describe("a late call", () => {
  it("re-flags the calls after it, as a rebuild does", async () => {
    const ids = await deliverOneByOne([1, 2, 3, 5, 6, 7, 8].map((hour) => attempt("12", hour)));
    expect(await flags()).toEqual([]);
    await deliverOneByOne([attempt("12", 4)]);
    expect(await flags()).toEqual([{ callId: ids[6], attempts: 8, conversationDay: null, overLimit: true, afterConversation: false }]);
    // A conversation delivered late flags the attempts after it, within its 7 days.
    await deliverOneByOne([{ number: NUMBER, at: "2026-11-11 09:00", outcome: "PAYMENT PROMISE" }]);
    const rows = await flags();
    expect(rows.length).toBe(8);
    expect(rows.every((row) => row.conversationDay === "2026-11-11")).toBe(true);
    expect(rows).toEqual(await rebuiltFlags());
  });

  it("keeps flags and stored periods equal to a rebuild when generated calls arrive one by one, mostly in order", async () => {
    const periodStart = "2026-10-15";
    await getDb().$queryRaw`SELECT calling_rule_period_ensure(${periodStart}::date, date '2026-11-30', '', ${settings.timeZone})`;
    await getDb().$queryRaw`SELECT calling_rule_period_ensure(date '2026-11-20', date '2026-11-30', 'proj_collections_us', ${settings.timeZone})`;
    const generated = generateCalls(480, { seed: 21, now: new Date("2026-11-30T12:00:00Z"), spreadDays: 30 }).sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
    // Every 10th call comes a day late (after the calls that follow it): the full refresh's case.
    const order = generated.map((call, index) => ({ call, key: call.endedAt.getTime() + (index % 10 === 0 ? 86_400_000 : 0) })).sort((a, b) => a.key - b.key);
    for (const { call } of order) await insertCalls([{ record: toCallRecord(call.payload, settings), endedAt: call.endedAt }]);
    const kept = await flags();
    expect(kept.length).toBeGreaterThan(20); // over-limit flags: the hand-made cases above
    expect(kept.some((row) => row.afterConversation)).toBe(true);
    await expectPeriodsAsFlags();
    expect(kept).toEqual(await rebuiltFlags());
  }, 120_000);
});

describe("the settings rows' lock", () => {
  const clients: pg.Client[] = [];
  const connect = async () => {
    const client = new pg.Client(process.env.DATABASE_URL);
    await client.connect();
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.end()));
  });

  const insertCall = (client: pg.Client) =>
    client.query(`
      INSERT INTO calls (id, provider_call_id, contact_number, delivery_status, outcome_key, raw_body, ended_at, event_at, updated_at)
      VALUES (gen_random_uuid(), gen_random_uuid()::text, '${NUMBER}', 'pass', 'payment_promise', '{}', now(), now(), now())`);

  const run = (client: pg.Client, write: string | ((client: pg.Client) => Promise<unknown>)) => (typeof write === "string" ? client.query(write) : write(client));
  for (const [table, write] of [
    ["contact_state", "UPDATE contact_state SET rules_built_at = now() WHERE id = 1"],
    ["call_day_cube_zone", "INSERT INTO call_day_cube_zone (id, time_zone, built_at) VALUES (1, 'UTC', now()) ON CONFLICT (id) DO UPDATE SET built_at = now()"],
    ["promise_follow_through_state", "UPDATE promise_follow_through_state SET built_at = now() WHERE id = 1"],
    ["promise_follow_through_state (a build batch's lock)", lockBuildState],
  ] as const) {
    it(`keeps a write of ${table} waiting for a delivery in flight, and a delivery waiting for the write`, async () => {
      const delivery = await connect();
      const writer = await connect();
      await delivery.query("BEGIN");
      await insertCall(delivery);
      await writer.query("SET lock_timeout = '300ms'");
      await expect(run(writer, write)).rejects.toMatchObject({ code: "55P03" });
      await delivery.query("COMMIT");
      await writer.query("BEGIN");
      await run(writer, write);
      await delivery.query("SET lock_timeout = '300ms'");
      await expect(insertCall(delivery)).rejects.toMatchObject({ code: "55P03" });
      await writer.query("COMMIT");
      await insertCall(delivery);
    });
  }
});
