// A reviewer's correction of the outcome counts for the calling rules: correcting a voicemail to a
// reached outcome makes it a conversation, so the next day's call is flagged "after conversation"
// (flags, the Compliance figures and the call's state, in the correction's transaction); clearing
// the correction removes the flag again.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { backfillContacts } from "@/lib/contacts/backfill";
import { getDb } from "@/lib/db";
import { clearCorrection, correctOutcome, correctSentiment } from "@/lib/reviews/corrections";
import type { ReviewActor } from "@/lib/reviews/actor";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import { getCallCallingState } from "./calling-state";
import { parseComplianceParams } from "./compliance-params";
import { getComplianceReport, periodOf } from "./compliance-report";
import { ensureCallingRules } from "./rules-state";
import { insertFixtureCalls, localTime, testSettings } from "./test-fixtures";

const settings = testSettings({ timeZone: "America/New_York" });
const now = localTime("2026-11-30 12:00", settings.timeZone);
let ids: string[] = [];
let reviewer: ReviewActor;

const flags = () =>
  getDb().$queryRaw<{ callId: string; afterConversation: boolean; conversationDay: string | null }[]>`
    SELECT call_id::text AS "callId", after_conversation AS "afterConversation", to_char(conversation_day, 'YYYY-MM-DD') AS "conversationDay"
    FROM calling_rule_flags ORDER BY contact_number, ended_at`;

async function afterConversationTotal() {
  const params = parseComplianceParams({ range: "30d" });
  return (await getComplianceReport(params, periodOf(params, now, settings.timeZone), settings.timeZone)).totals.afterConversation;
}

beforeAll(async () => {
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  await backfillContacts(client, settings).finally(() => client.end());
  expect(await ensureCallingRules(settings)).toEqual({ ready: true });
  ids = await insertFixtureCalls(
    [
      { number: "+12125550170", at: "2026-11-24 10:00", outcome: "VOICEMAIL" },
      { number: "+12125550170", at: "2026-11-25 09:00", delivered: false },
      { number: "+12125550171", at: "2026-11-24 10:00", outcome: "PAYMENT PROMISE" },
      { number: "+12125550171", at: "2026-11-25 09:00", delivered: false },
    ],
    settings,
  );
  reviewer = { user: await createTestUser("manager", { signedIn: false }), origin: TEST_ORIGIN };
}, 120_000);

describe("a corrected outcome and the calling rules", () => {
  it("a voicemail corrected to a reached outcome flags the next day's call; clearing the correction removes the flag", async () => {
    expect(await flags()).toEqual([{ callId: ids[3], afterConversation: true, conversationDay: "2026-11-24" }]);
    expect(await afterConversationTotal()).toBe(1);

    const corrected = await correctOutcome({ callId: ids[0]!, label: "Payment promise", reason: "The customer answered and promised", expectedVersion: 0 }, reviewer);
    expect(await flags()).toEqual([
      { callId: ids[1], afterConversation: true, conversationDay: "2026-11-24" },
      { callId: ids[3], afterConversation: true, conversationDay: "2026-11-24" },
    ]);
    expect(await afterConversationTotal()).toBe(2);
    expect((await getCallCallingState(ids[1]!, settings))?.state).toMatchObject({ afterConversation: true, conversationBefore: "2026-11-24" });

    // A correction that does not change whether the call is a conversation changes no flag.
    const again = await correctSentiment({ callId: ids[0]!, label: "Positive", reason: "Friendly", expectedVersion: corrected.version }, reviewer);
    expect((await flags()).length).toBe(2);

    await clearCorrection({ callId: ids[0]!, field: "outcome", expectedVersion: again.version }, reviewer);
    expect(await flags()).toEqual([{ callId: ids[3], afterConversation: true, conversationDay: "2026-11-24" }]);
    expect(await afterConversationTotal()).toBe(1);
    expect((await getCallCallingState(ids[1]!, settings))?.state).toMatchObject({ afterConversation: false });
  });

  it("a reached outcome corrected to voicemail is no conversation: the next day's call is not flagged", async () => {
    const review = await getDb().callReview.findUnique({ where: { callId: ids[2]! }, select: { version: true } });
    await correctOutcome({ callId: ids[2]!, label: "Voicemail", reason: "It was the answering machine", expectedVersion: review?.version ?? 0 }, reviewer);
    expect(await flags()).toEqual([]);
    expect(await afterConversationTotal()).toBe(0);
  });
});
