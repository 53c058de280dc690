// A correction replaces the AI's label everywhere the product counts or filters: the list, the
// option counts, the export, every analytics figure (from the calls and from the roll-up alike),
// exactly as a hand count of the fixture says; `labels=ai` gives the AI's own counts back; a later
// webhook for the call updates the AI's fields and keeps the correction; the roll-up stays equal
// to a fresh count of the calls.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/levers/route";
import { callPayload } from "@/e2e/fixtures/payloads";
import { ensureDayCube } from "@/lib/analytics/day-cube";
import { DURATION_EDGES } from "@/lib/analytics/durations";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { buildCallWhere } from "@/lib/calls/call-where";
import { toCallRecord } from "@/lib/calls/call-record";
import { openCallsExport } from "@/lib/calls/export-calls";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { queryLabelCounts } from "@/lib/calls/label-counts";
import { listCalls } from "@/lib/calls/list-calls";
import { parseListPosition } from "@/lib/calls/list-params";
import { getDb } from "@/lib/db";
import { TEST_SECRET, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { clearCorrection, correctOutcome, correctSentiment } from "./corrections";
import { getReview } from "./get-review";

process.env.LEVERS_WEBHOOK_SECRET = TEST_SECRET;
const now = new Date();
const timeZone = "Europe/Berlin";
const context = { now, timeZone };

type Call = { id: string; ai: string | null; aiSentiment: string | null; delivered: boolean; duration: number | null };
let calls: Call[] = [];
/** The corrections made, by call id: what the hand count applies. */
const outcomeFix = new Map<string, string>();
const sentimentFix = new Map<string, string>();
let reviewer: ReviewActor;
const webhookPayload = callPayload({ callOutput: "PAYMENT PROMISE", sentimentOutput: "POSITIVE", deliveryStatus: "pass", duration: 75 });
let webhookCallId = "";

const effective = (c: Call) => outcomeFix.get(c.id) ?? c.ai;
const effectiveSentiment = (c: Call) => sentimentFix.get(c.id) ?? c.aiSentiment;

async function correct(call: Call, label: string, key: string) {
  const { review } = (await getReview(call.id))!;
  await correctOutcome({ callId: call.id, label, reason: "Heard it myself", expectedVersion: review.version }, reviewer);
  outcomeFix.set(call.id, key);
}

async function listIds(query: string): Promise<string[]> {
  const params = new URLSearchParams(`${query}&size=100`);
  const { filters } = parseCallFilters(params);
  let { position } = parseListPosition(params, filters);
  const ids: string[] = [];
  for (;;) {
    const page = await listCalls(filters, position, context);
    ids.push(...page.rows.map((row) => row.id));
    if (!page.next) return ids.sort();
    position = { ...position, after: page.next };
  }
}

const idsWhere = (test: (c: Call) => boolean) => calls.filter(test).map((c) => c.id).sort();

function handCounts(pick: (c: Call) => string | null) {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = pick(call);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort());
}

async function labelCounts(query: string, column: "outcome_key" | "sentiment_key") {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  const rows = await queryLabelCounts(column, buildCallWhere(filters, context), filters.labels);
  return Object.fromEntries(rows.map((row) => [row.key, row.count]).sort());
}

function handTotals(pick: (c: Call) => string | null) {
  const delivered = calls.filter((c) => c.delivered);
  const count = (key: string) => delivered.filter((c) => pick(c) === key).length;
  const durations = delivered.flatMap((c) => (c.duration === null ? [] : [c.duration]));
  return {
    calls: calls.length,
    delivered: delivered.length,
    promises: count("payment_promise"),
    wrongNumbers: count("wrong_number"),
    completed: count("payment_completed"),
    extensions: count("payment_extension"),
    callbacks: count("call_back_requested"),
    notInterested: count("not_interested"),
    timedDelivered: durations.length,
    averageDuration: durations.length ? durations.reduce((a, b) => a + b, 0) / durations.length : null,
  };
}

/** Cube rows that differ from a fresh roll-up of the calls, corrections included (both ways). */
async function cubeDifferences(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    WITH fresh AS (
      SELECT (ended_at AT TIME ZONE ${timeZone})::date AS day, coalesce(outcome_key, '') AS o, coalesce(sentiment_key, '') AS s,
             coalesce(reviewed_outcome_key, '') AS ro, coalesce(reviewed_sentiment_key, '') AS rs,
             coalesce(project_id, '') AS p, coalesce(delivery_status, '') AS d, coalesce(provider_status, '') AS ps,
             coalesce(width_bucket(duration_seconds, ${[...DURATION_EDGES]}::int[]), -1) AS bin,
             count(*)::int AS calls, coalesce(sum(duration_seconds), 0)::bigint AS duration_sum, count(duration_seconds)::int AS with_duration
      FROM calls GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9),
    cube AS (
      SELECT day, outcome_key, sentiment_key, reviewed_outcome_key, reviewed_sentiment_key, project_id, delivery_status, provider_status, bin,
             calls, duration_sum, with_duration
      FROM call_day_cube WHERE calls <> 0)
    SELECT ((SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM cube) a)
          + (SELECT count(*) FROM (SELECT * FROM cube EXCEPT SELECT * FROM fresh) b))::int AS n`;
  return row!.n;
}

beforeAll(async () => {
  await ensureDayCube(timeZone); // built while empty: from here on the trigger keeps it
  const generated = generateCalls(400, { seed: 21, now, spreadDays: 20 });
  await insertCalls(generated.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  expect((await POST(webhookRequest({ payload: webhookPayload, timestamp: new Date(now.getTime() - 60_000) }))).status).toBe(200);
  const rows = await getDb().call.findMany({ select: { id: true, outcomeKey: true, sentimentKey: true, deliveryStatus: true, durationSeconds: true, providerCallId: true } });
  calls = rows.map((r) => ({ id: r.id, ai: r.outcomeKey, aiSentiment: r.sentimentKey, delivered: r.deliveryStatus === "pass", duration: r.durationSeconds }));
  webhookCallId = rows.find((r) => r.providerCallId === webhookPayload.providerCallId)!.id;
  reviewer = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };

  // Corrections: the webhook's promise was a refusal; some promises were not; some other calls were promises.
  const byId = new Map(calls.map((c) => [c.id, c]));
  await correct(byId.get(webhookCallId)!, "Not interested", "not_interested");
  const promises = calls.filter((c) => c.ai === "payment_promise" && c.id !== webhookCallId && c.delivered).slice(0, 6);
  for (const call of promises.slice(0, 4)) await correct(call, "Refused to pay", "refused_to_pay");
  for (const call of promises.slice(4)) await correct(call, "Wrong number", "wrong_number");
  const others = calls.filter((c) => c.ai !== "payment_promise" && c.delivered).slice(0, 5);
  for (const call of others) await correct(call, "Payment promise", "payment_promise");
  const sentimentCall = calls.find((c) => c.aiSentiment !== "negative")!;
  await correctSentiment({ callId: sentimentCall.id, label: "Negative", reason: "Angry", expectedVersion: (await getReview(sentimentCall.id))!.review.version }, reviewer);
  sentimentFix.set(sentimentCall.id, "negative");
});

describe("a correction", () => {
  it("changes the list filters as a hand count says, and labels=ai gives the AI's back", async () => {
    expect(await listIds("outcome=payment_promise")).toEqual(idsWhere((c) => effective(c) === "payment_promise"));
    expect(await listIds("outcome=refused_to_pay")).toEqual(idsWhere((c) => effective(c) === "refused_to_pay"));
    expect(await listIds("outcome=not_interested,wrong_number")).toEqual(idsWhere((c) => ["not_interested", "wrong_number"].includes(effective(c) ?? "")));
    expect(await listIds("labels=ai&outcome=payment_promise")).toEqual(idsWhere((c) => c.ai === "payment_promise"));
    expect(await listIds("ai_outcome=payment_promise&outcome=refused_to_pay")).toHaveLength(4);
    expect(await listIds("sentiment=negative")).toEqual(idsWhere((c) => effectiveSentiment(c) === "negative"));
    const corrected = new Set([...outcomeFix.keys(), ...sentimentFix.keys()]);
    expect(await listIds("corrected=yes")).toEqual([...corrected].sort());
    expect(await listIds("corrected=no")).toEqual(idsWhere((c) => !corrected.has(c.id)));
  });

  it("shows in the list rows with both labels", async () => {
    const { filters } = parseCallFilters({ outcome: "not_interested", ai_outcome: "payment_promise" });
    const { rows } = await listCalls(filters, parseListPosition(new URLSearchParams(), filters).position, context);
    const row = rows.find((r) => r.id === webhookCallId)!;
    expect(row).toMatchObject({ callOutput: "Not interested", outcomeKey: "not_interested", aiCallOutput: "PAYMENT PROMISE", aiOutcomeKey: "payment_promise", outcomeCorrected: true, sentimentCorrected: false, reviewStatus: "reviewed" });
  });

  it("changes the option counts", async () => {
    expect(await labelCounts("", "outcome_key")).toEqual(handCounts(effective));
    expect(await labelCounts("labels=ai", "outcome_key")).toEqual(handCounts((c) => c.ai));
    expect(await labelCounts("", "sentiment_key")).toEqual(handCounts(effectiveSentiment));
  });

  it("changes the export, which has the AI's and the reviewed columns", async () => {
    const csv = await openCallsExport(parseCallFilters({ outcome: "not_interested" }).filters, context);
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let text = decoder.decode(csv.head, { stream: true });
    for (let chunk = await csv.next(); chunk; chunk = await csv.next()) text += decoder.decode(chunk, { stream: true });
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows.map((r) => r[0]).sort()).toEqual(idsWhere((c) => effective(c) === "not_interested"));
    const row = Object.fromEntries(header!.map((name, i) => [name, rows.find((r) => r[0] === webhookCallId)![i]]));
    expect(row).toMatchObject({
      outcome: "Not interested", outcome_key: "not_interested", ai_outcome: "PAYMENT PROMISE", ai_outcome_key: "payment_promise",
      reviewed_outcome: "Not interested", reviewed_outcome_key: "not_interested", outcome_correction_reason: "Heard it myself",
      review_status: "reviewed", sentiment: "POSITIVE", ai_sentiment: "POSITIVE", reviewed_sentiment: "",
    });
  });

  it("changes every analytics figure, from the calls and from the roll-up alike", async () => {
    for (const rollUp of [false, true]) {
      const data = await getAnalytics(parseCallFilters({ range: "30d" }).filters, { now, timeZone, grain: "week", rollUp });
      expect(data.totals).toEqual(handTotals(effective));
      const outcomes = Object.fromEntries(data.outcomes.map((slice) => [slice.key, slice.calls]));
      expect(outcomes.refused_to_pay).toBe(4);
      const ai = await getAnalytics(parseCallFilters({ range: "30d", labels: "ai" }).filters, { now, timeZone, grain: "week", rollUp });
      expect(ai.totals).toEqual(handTotals((c) => c.ai));
      const promisesOnly = await getAnalytics(parseCallFilters({ range: "30d", outcome: "payment_promise" }).filters, { now, timeZone, grain: "day", rollUp });
      expect(promisesOnly.totals.calls).toBe(calls.filter((c) => effective(c) === "payment_promise").length);
    }
    expect(handTotals(effective)).not.toEqual(handTotals((c) => c.ai));
  });

  it("is kept in the roll-up, equal to a fresh count", async () => {
    expect(await cubeDifferences()).toBe(0);
  });

  it("survives a later webhook for the same call, which updates the AI's fields", async () => {
    const later = { ...webhookPayload, callOutput: "CALL BACK REQUESTED", sentimentOutput: "NEUTRAL", duration: 80 };
    expect((await POST(webhookRequest({ payload: later, timestamp: new Date(now.getTime() - 30_000) }))).status).toBe(200);
    const stored = await getDb().call.findUniqueOrThrow({ where: { id: webhookCallId } });
    expect(stored).toMatchObject({ outcomeKey: "call_back_requested", sentimentKey: "neutral", durationSeconds: 80, reviewedOutcomeKey: "not_interested", effectiveOutcomeKey: "not_interested", effectiveSentimentKey: "neutral" });
    const { review } = (await getReview(webhookCallId))!;
    expect(review.outcome).toMatchObject({ ai: { key: "call_back_requested" }, effective: { key: "not_interested" }, correction: { reason: "Heard it myself" } });
    const call = calls.find((c) => c.id === webhookCallId)!;
    Object.assign(call, { ai: "call_back_requested", aiSentiment: "neutral", duration: 80 });
    expect(await listIds("outcome=not_interested")).toContain(webhookCallId);
    expect(await labelCounts("", "outcome_key")).toEqual(handCounts(effective));
    expect(await cubeDifferences()).toBe(0);
    const data = await getAnalytics(parseCallFilters({ range: "30d" }).filters, { now, timeZone, grain: "week" });
    expect(data.totals).toEqual(handTotals(effective));
  });

  it("cleared, gives the AI's label back everywhere, the roll-up included", async () => {
    const { review } = (await getReview(webhookCallId))!;
    await clearCorrection({ callId: webhookCallId, field: "outcome", expectedVersion: review.version }, reviewer);
    outcomeFix.delete(webhookCallId);
    expect(await listIds("outcome=call_back_requested")).toContain(webhookCallId);
    expect(await cubeDifferences()).toBe(0);
    const data = await getAnalytics(parseCallFilters({ range: "30d" }).filters, { now, timeZone, grain: "week" });
    expect(data.totals).toEqual(handTotals(effective));
  });
});

/** RFC 4180, enough for the export (quoted cells with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}
