// The whole CSV of a filtered export, byte for byte: reviews, tags, corrections and cells that a
// spreadsheet would run as formulas, written out by hand from the calls' values (what the export
// must send whatever SQL builds it).
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCall } from "@/lib/calls/generate";
import { insertCalls, type NewCall } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { createTestUser, withCookie, type TestUser } from "@/scripts/test/auth";
import { GET } from "./route";

const PROJECT = "proj_csv_expected";
const HOUR = 3_600_000;
const now = new Date();

type Fields = Partial<ReturnType<typeof generateCall>["payload"]>;
function call(index: number, hoursAgo: number, fields: Fields): NewCall {
  const { payload } = generateCall(index, { seed: 77, now });
  const metadata = { requestMetadata: { project_id: PROJECT, extra_id: `acct_${index}` } };
  return { record: toCallRecord({ ...payload, metadata, ...fields }), endedAt: new Date(now.getTime() - hoursAgo * HOUR) };
}

const calls = {
  // Reviewed, corrected, assigned and tagged; formula-looking reason and tag.
  reviewed: call(1, 1, {
    providerCallId: "csv-reviewed", numberFrom: "+15074106928", summary: "Agreed to pay, \"next week\"", providerStatus: "pass",
    callOutput: "PAYMENT PROMISE", sentimentOutput: "POSITIVE", endedReason: "customer-ended-call", transcription: "Agent: hello\nCustomer: hi, ok",
  }),
  // Tags only; a formula in the summary, a transcript starting with @, a tab-led reasoning.
  tagged: call(2, 2, {
    providerCallId: "csv-tagged", numberFrom: "15074106931", summary: '=HYPERLINK("http://evil.example","click")', providerStatus: "pass",
    callOutput: "DISPUTE", sentimentOutput: "NEGATIVE", endedReason: "-x", transcription: "@agent: hi\r\nline two", callOutputReasoning: "\tindented",
  }),
  // Neither review nor tags; no summary, an empty ended reason.
  plain: call(3, 3, {
    providerCallId: "csv-plain", numberFrom: "15074106932", summary: null, providerStatus: "pass", callOutput: "VOICEMAIL",
    sentimentOutput: "NEUTRAL", endedReason: "", transcription: "",
  }),
  // Left out by the filter (provider status).
  failed: call(4, 4, { providerCallId: "csv-failed", providerStatus: "fail", summary: "=left out" }),
};

let manager: TestUser;
let ids: Record<keyof typeof calls, string>;

beforeAll(async () => {
  const others = Array.from({ length: 30 }, (_, i) => ({ record: toCallRecord(generateCall(100 + i, { seed: 77, now }).payload), endedAt: now }));
  await insertCalls([...Object.values(calls), ...others]);
  manager = await createTestUser("manager");
  const rows = await getDb().$queryRaw<{ id: string; provider_call_id: string }[]>`SELECT id::text, provider_call_id FROM calls WHERE project_id = ${PROJECT}`;
  ids = Object.fromEntries(rows.map((r) => [r.provider_call_id.replace("csv-", ""), r.id])) as typeof ids;
  const db = getDb();
  await db.$executeRaw`UPDATE calls SET reviewed_outcome = '=Dispute', reviewed_outcome_key = 'dispute', reviewed_sentiment = 'NEGATIVE', reviewed_sentiment_key = 'negative' WHERE id = ${ids.reviewed}::uuid`;
  await db.$executeRaw`INSERT INTO call_reviews (call_id, status, assignee_id, outcome_reason, sentiment_reason)
    VALUES (${ids.reviewed}::uuid, 'reviewed', ${manager.id}, '-5 days, said "later"', '+angry')`;
  await db.$executeRaw`INSERT INTO call_tags (call_id, tag) VALUES (${ids.reviewed}::uuid, 'complaint'), (${ids.reviewed}::uuid, '=cmd'), (${ids.tagged}::uuid, 'hardship')`;
});

/** A cell as PostgreSQL's CSV writes it: NULL empty, "" for an empty string, quoted when it must be. */
const cell = (value: string | number | null) => {
  if (value === null) return "";
  const text = String(value);
  return text === "" || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
/** The formula guard, as the export applies it to every text cell. */
const guarded = (value: string | null) => (value !== null && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function expectedRow(key: keyof typeof calls, review: { outcome?: string; sentiment?: string; status?: string; reasons?: [string, string]; assignee?: string }, tags: string | null) {
  const { record, endedAt } = calls[key];
  const meta = `{"requestMetadata": {"extra_id": "acct_${key === "reviewed" ? 1 : key === "tagged" ? 2 : 3}", "project_id": "${PROJECT}"}}`;
  const text = (value: string | null) => cell(guarded(value));
  return [
    ids[key], endedAt.toISOString(), text(record.numberFrom), text(record.numberTo),
    text(review.outcome ?? record.callOutput), text(review.outcome ? "dispute" : record.outcomeKey), text(review.sentiment ?? record.sentimentOutput),
    text(record.callOutput), text(record.outcomeKey), text(record.sentimentOutput),
    text(review.outcome ?? null), text(review.outcome ? "dispute" : null), text(review.reasons?.[0] ?? null),
    text(review.sentiment ?? null), text(review.reasons?.[1] ?? null), text(review.status ?? "not_reviewed"), text(review.assignee ?? null),
    text(tags), cell(record.durationSeconds), text(record.providerStatus), text(record.deliveryStatus), text(PROJECT), text(record.endedReason),
    text(record.summary), text(record.callOutputReasoning), text(record.sentimentOutputReasoning), text(record.recordingUrl), text(meta), text(record.transcription),
  ].join(",");
}

describe("GET /api/calls/export: the expected CSV", () => {
  it("sends exactly the filtered calls' CSV, newest first, with reviews, tags and guarded formulas", async () => {
    const response = await GET(withCookie(`http://localhost/api/calls/export?project=${PROJECT}&pstatus=pass`, manager.cookie), {});
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
    const header =
      "id,ended_at,number_from,number_to,outcome,outcome_key,sentiment,ai_outcome,ai_outcome_key,ai_sentiment,reviewed_outcome,reviewed_outcome_key," +
      "outcome_correction_reason,reviewed_sentiment,sentiment_correction_reason,review_status,assignee,tags,duration_seconds,provider_status," +
      "delivery_status,project_id,ended_reason,summary,outcome_reasoning,sentiment_reasoning,recording_url,metadata,transcription";
    const rows = [
      expectedRow("reviewed", { outcome: "=Dispute", sentiment: "NEGATIVE", status: "reviewed", reasons: ['-5 days, said "later"', "+angry"], assignee: manager.email }, "=cmd complaint"),
      expectedRow("tagged", {}, "hardship"),
      expectedRow("plain", {}, null),
    ];
    expect(text).toBe(`\uFEFF${[header, ...rows].map((line) => `${line}\r\n`).join("")}`);
    // The hand-written rules above, checked on a few literal cells.
    expect(rows[0]).toContain(`,'=Dispute,dispute,NEGATIVE,`);
    expect(rows[0]).toContain(`,"'-5 days, said ""later""",NEGATIVE,'+angry,reviewed,${manager.email},'=cmd complaint,`);
    expect(rows[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(rows[1]).toContain(`,"'@agent: hi\r\nline two"`);
    expect(rows[2]).toContain(`,"",,`);
  });
});
