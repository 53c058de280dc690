// Hand-made calls for the contacts and compliance tests: a number, a local time and an outcome.
// Test-only; never imported by the app.
import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { callPayload } from "@/e2e/fixtures/payloads";
import { toCallRecord } from "@/lib/calls/call-record";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { callEndedDataSchema } from "@/lib/webhooks/levers/payload";
import type { ContactSettings } from "@/lib/contacts/settings";
import { DEFAULT_DISCLOSURE_PHRASES, DEFAULT_NON_CONVERSATION_OUTCOMES } from "@/lib/env";

export function testSettings(overrides: Partial<ContactSettings> = {}): ContactSettings {
  return {
    phoneRegion: "US",
    accountKeyName: null,
    nonConversationOutcomes: [...DEFAULT_NON_CONVERSATION_OUTCOMES].sort(),
    disclosurePhrases: DEFAULT_DISCLOSURE_PHRASES,
    disclosureTurns: 4,
    timeZone: "America/New_York",
    ...overrides,
  };
}

/** `2026-11-01 23:45` in `timeZone` as an instant. */
export function localTime(text: string, timeZone: string): Date {
  const [date, time = "12:00"] = text.split(" ");
  const [y, m, d] = date!.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

export type FixtureCall = {
  number: string;
  at: string;
  outcome?: string;
  delivered?: boolean;
  account?: string;
  project?: string;
  summary?: string;
  transcript?: string;
};

/** Inserts the calls (as ingestion would store them); returns their ids in the given order. */
export async function insertFixtureCalls(calls: FixtureCall[], settings: ContactSettings): Promise<string[]> {
  const rows = calls.map((call) => {
    const payload = callPayload({
      providerCallId: randomUUID(),
      numberTo: call.number,
      deliveryStatus: call.delivered === false ? "fail" : "pass",
      callOutput: call.outcome ?? (call.delivered === false ? "NO ANSWER" : "CALL BACK REQUESTED"),
      summary: call.summary ?? null,
      transcription: call.transcript ?? "AI: Hello.\nCustomer: Hi.",
      metadata: { requestMetadata: { project_id: call.project ?? "proj_a", ...(call.account && { extra_id: call.account }) } },
    });
    return { record: toCallRecord(callEndedDataSchema.parse(payload), settings), endedAt: localTime(call.at, settings.timeZone) };
  });
  await insertCalls(rows);
  const stored = await getDb().call.findMany({ where: { providerCallId: { in: rows.map((row) => row.record.providerCallId) } }, select: { id: true, providerCallId: true } });
  const idOf = new Map(stored.map((row) => [row.providerCallId, row.id]));
  return rows.map((row) => idOf.get(row.record.providerCallId)!);
}
