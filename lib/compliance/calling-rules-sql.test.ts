// The calling-rule flags as PostgreSQL keeps them (trigger and rebuild, contacts migration) against
// hand-made calls and against the pure rules (calling-rules.ts), in a zone with summer time.
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { dayOf } from "@/lib/calls/date-range";
import { generateCalls } from "@/lib/calls/generate";
import { toCallRecord } from "@/lib/calls/call-record";
import { insertCalls } from "@/lib/calls/insert-calls";
import { backfillContacts } from "@/lib/contacts/backfill";
import type { ContactSettings } from "@/lib/contacts/settings";
import { getCallCallingState } from "./calling-state";
import { computeCallingState, type WindowCall } from "./calling-rules";
import { ensureCallingRules } from "./rules-state";
import { insertFixtureCalls, testSettings } from "./test-fixtures";

async function prepare(settings: ContactSettings) {
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  try {
    await backfillContacts(client, settings);
  } finally {
    await client.end();
  }
  expect(await ensureCallingRules(settings)).toEqual({ ready: true });
}

type FlagRow = { callId: string; attempts: number; conversationDay: string | null; overLimit: boolean; afterConversation: boolean };

async function flags(): Promise<FlagRow[]> {
  return getDb().$queryRaw<FlagRow[]>`
    SELECT call_id::text AS "callId", attempts_7d AS attempts, to_char(conversation_day, 'YYYY-MM-DD') AS "conversationDay",
           over_limit AS "overLimit", after_conversation AS "afterConversation"
    FROM calling_rule_flags ORDER BY call_id`;
}

beforeEach(async () => {
  await getDb().$executeRaw`TRUNCATE calls CASCADE`;
  await getDb().$executeRaw`UPDATE contact_state SET derived_with = NULL, rules_zone = NULL`;
});

describe("calling-rule flags in PostgreSQL", () => {
  const settings = testSettings({ timeZone: "America/New_York" });

  it("counts calendar days of the dashboard's zone across midnight and the end of summer time", async () => {
    await prepare(settings);
    // Summer time ends in New York on Sunday Nov 1, 2026: that day has 25 hours.
    // Oct 26 00:30 EDT is day 1 of the 7 days to Nov 1 although the 8th call, on Nov 1 23:45 EST,
    // comes 7 days and 15 minutes (of elapsed time) later; the call of Oct 25 23:30 is outside.
    const ids = await insertFixtureCalls(
      [
        { number: "+12125550101", at: "2026-10-25 23:30", delivered: false },
        { number: "+12125550101", at: "2026-10-26 00:30", delivered: false },
        ...["10-27", "10-28", "10-29", "10-30", "10-31", "11-01"].map((day) => ({ number: "+12125550101", at: `2026-${day} 10:00`, delivered: false })),
        { number: "+12125550101", at: "2026-11-01 23:45", delivered: false },
      ],
      settings,
    );
    const rows = await flags();
    expect(rows).toEqual([{ callId: ids[8], attempts: 8, conversationDay: null, overLimit: true, afterConversation: false }]);
    const state = await getCallCallingState(ids[8]!, settings);
    expect(state?.state).toMatchObject({ asOf: "2026-11-01", windowStart: "2026-10-26", attempts: 8, overLimit: true });
  });

  it("waits 7 days after a conversation, its day being the first, in local days", async () => {
    await prepare(settings);
    const ids = await insertFixtureCalls(
      [
        { number: "+12125550102", at: "2026-11-24 23:30", outcome: "PAYMENT PROMISE" },
        { number: "+12125550102", at: "2026-11-24 23:50", delivered: false },
        { number: "+12125550102", at: "2026-11-30 23:59", outcome: "VOICEMAIL" },
        { number: "+12125550102", at: "2026-12-01 00:05", delivered: false },
      ],
      settings,
    );
    // Nov 30 23:59 New York is Dec 1 in UTC, still day 7 here; Dec 1 00:05 is the first allowed day.
    const rows = await flags();
    expect(rows).toEqual(
      [
        { callId: ids[1], attempts: 2, conversationDay: "2026-11-24", overLimit: false, afterConversation: true },
        { callId: ids[2], attempts: 3, conversationDay: "2026-11-24", overLimit: false, afterConversation: true },
      ].sort((a, b) => a.callId!.localeCompare(b.callId!)),
    );
    const first = await getCallCallingState(ids[0]!, settings);
    expect(first?.state).toMatchObject({ attempts: 1, conversationDay: "2026-11-24", nextAllowed: "2026-12-01", afterConversation: false });
  });

  it("joins numbers written in several formats into one contact", async () => {
    await prepare(settings);
    const formats = ["(212) 555-0103", "+1 212 555 0103", "212.555.0103", "+12125550103", "2125550103", "1-212-555-0103", "+1 (212) 5550103", "212 555 0103"];
    const ids = await insertFixtureCalls(formats.map((number, i) => ({ number, at: `2026-11-2${Math.floor(i / 3)} 1${i}:00`, delivered: false })), settings);
    const numbers = await getDb().call.findMany({ select: { contactNumber: true }, distinct: ["contactNumber"] });
    expect(numbers).toEqual([{ contactNumber: "+12125550103" }]);
    expect((await flags()).map((row) => row.callId)).toHaveLength(1);
    expect((await getCallCallingState(ids[7]!, settings))?.state.attempts).toBe(8);
  });

  it("splits one number's calls by account when CONTACT_ACCOUNT_KEY is set", async () => {
    const byAccount = testSettings({ accountKeyName: "extra_id" });
    await prepare(byAccount);
    const calls = Array.from({ length: 8 }, (_, i) => ({ number: "+12125550104", at: `2026-11-20 0${i}:00`, delivered: false, account: i % 2 ? "acct_1" : "acct_2" }));
    await insertFixtureCalls(calls, byAccount);
    expect(await flags()).toEqual([]);
    // The same calls without the setting: one contact, the 8th call over the limit.
    await getDb().$executeRaw`TRUNCATE calls CASCADE`;
    await getDb().$executeRaw`UPDATE contact_state SET derived_with = NULL, rules_zone = NULL`;
    await prepare(settings);
    await insertFixtureCalls(calls, settings);
    expect((await flags()).map((row) => row.attempts)).toEqual([8]);
  });

  it("keeps the flags through inserts, moves and deletes exactly as a rebuild makes them, and as the pure rules say", async () => {
    const zone = "Europe/Berlin";
    const berlin = testSettings({ timeZone: zone });
    await prepare(berlin);
    const generated = generateCalls(1_200, { seed: 12, now: new Date("2026-11-30T12:00:00Z"), spreadDays: 40 });
    await insertCalls(generated.map(({ payload, endedAt }) => ({ record: toCallRecord(payload, berlin), endedAt })));
    // Move some calls to another contact and time, delete others: the trigger refreshes both sides.
    await getDb().$executeRaw`UPDATE calls SET ended_at = ended_at - interval '3 days' WHERE id IN (SELECT id FROM calls ORDER BY id LIMIT 40)`;
    await getDb().$executeRaw`UPDATE calls SET contact_number = '+12125550199' WHERE id IN (SELECT id FROM calls ORDER BY id DESC LIMIT 30)`;
    await getDb().$executeRaw`DELETE FROM calls WHERE id IN (SELECT id FROM calls ORDER BY provider_call_id LIMIT 50)`;
    const incremental = await flags();
    expect(incremental.length).toBeGreaterThan(20);

    await getDb().$executeRaw`UPDATE contact_state SET rules_zone = NULL`;
    await ensureCallingRules(berlin);
    expect(await flags()).toEqual(incremental);

    // The pure rules over each contact's calls say the same.
    const calls = await getDb().call.findMany({
      select: { id: true, contactNumber: true, endedAt: true, deliveryStatus: true, effectiveOutcomeKey: true },
      orderBy: [{ endedAt: "asc" }, { id: "asc" }],
    });
    const byContact = new Map<string, (WindowCall & { at: Date })[]>();
    for (const call of calls) {
      const conversation = call.deliveryStatus === "pass" && call.effectiveOutcomeKey !== null && !berlin.nonConversationOutcomes.includes(call.effectiveOutcomeKey);
      const list = byContact.get(call.contactNumber!) ?? [];
      list.push({ id: call.id, day: dayOf(call.endedAt, zone), conversation, at: call.endedAt });
      byContact.set(call.contactNumber!, list);
    }
    const expected: FlagRow[] = [];
    for (const list of byContact.values()) {
      for (const call of list) {
        const state = computeCallingState(call.day, list, call.id);
        if (state.overLimit || state.afterConversation) {
          expected.push({ callId: call.id, attempts: state.attempts, conversationDay: state.conversationBefore, overLimit: state.overLimit, afterConversation: state.afterConversation });
        }
      }
    }
    expect(incremental).toEqual(expected.sort((a, b) => a.callId.localeCompare(b.callId)));
    expect(incremental.some((row) => row.overLimit)).toBe(true);
    expect(incremental.some((row) => row.afterConversation)).toBe(true);
  }, 120_000);
});
