// The stored follow-through (promise_follow_throughs, kept by a trigger on calls) against the plain
// computation, on a real PostgreSQL: every promise's first later deciding call worked out from all
// calls (followThroughPromises), and the figures of /analytics against the per-promise probe the
// page used before, after each kind of write: a late delivery older than stored calls, a
// correction that makes a later call deciding (and back), an account or number that changes
// (the backfill), a delete, and a build from scratch.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { buildCallWhere, labelColumns } from "@/lib/calls/call-where";
import { dayOf } from "@/lib/calls/date-range";
import { parseCallFilters } from "@/lib/calls/filters";
import { insertCalls, type NewCall } from "@/lib/calls/insert-calls";
import { addDays } from "@/lib/analytics/days";
import { getDb } from "@/lib/db";
import { notYetDerived, readBackfillProgress } from "./backfill-progress";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildPromiseFollowThrough, resetPromiseFollowThrough } from "./promise-follow-through-build";
import { promiseDayCubeServes } from "./promise-day-cube";
import { readPromiseReadiness } from "./promise-follow-through-state";
import { getPromiseStats, PROMISE_JUDGE_AFTER_DAYS, summarisePromises, type PromiseGroup } from "./promise-stats";
import { sharedPromiseStatement } from "./promise-shared";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { DECIDING_OUTCOME_KEYS, followThroughPromises } from "./promises";
import { derivationFingerprint, getContactSettings } from "./settings";

const client = new pg.Client(process.env.DATABASE_URL);
beforeAll(async () => {
  await client.connect();
  // The contacts backfill done for the current settings, as in a running installation: only then
  // may the per-day roll-up answer (promise-day-cube.ts), so every path is compared below.
  await client.query(
    `INSERT INTO contact_state (id, derived_with, rules_non_conversation) VALUES (1, $1, '{}')
     ON CONFLICT (id) DO UPDATE SET derived_with = EXCLUDED.derived_with`,
    [derivationFingerprint(getContactSettings())],
  );
});
afterAll(() => client.end());

const now = new Date();
const DAY = 86_400_000;
const settings = { ...getContactSettings(), accountKeyName: "extra_id" };
let serial = 0;

function call(contact: string | null, daysAgo: number, outcome: string, account = "acct_1", project = "proj_east"): NewCall {
  serial += 1;
  const payload = {
    providerCallId: `follow-${serial}`,
    numberFrom: "+15074106928",
    numberTo: contact === null ? null : `+1212555${contact}`,
    providerStatus: serial % 5 ? "pass" : "fail",
    deliveryStatus: "pass",
    duration: (serial * 47) % 400,
    summary: serial % 2 ? `Promised to pay $${serial}0 on Friday.` : null,
    endedReason: null,
    callOutput: outcome,
    callOutputReasoning: "Fixture.",
    sentimentOutput: ["NEUTRAL", "POSITIVE", "NEGATIVE"][serial % 3],
    sentimentOutputReasoning: "Fixture.",
    transcription: "AI: Hello. Contact: Hello.",
    recordingUrl: `levers-test-bucket:fixtures/follow-${serial}.mp3`,
    metadata: { requestMetadata: { project_id: project, extra_id: account } },
  };
  return { record: toCallRecord(payload, settings), endedAt: new Date(now.getTime() - daysAgo * DAY) };
}

const PROMISE = "payment_promise";
type Row = { id: string; contact_number: string | null; account_key: string | null; ended_at: Date; outcome_key: string | null; effective_outcome_key: string | null };

/** Each promise's follow-through worked out from all calls, per label set: the contact page's rule. */
async function expected() {
  const { rows } = await client.query<Row>("SELECT id::text, contact_number, account_key, ended_at, outcome_key, effective_outcome_key FROM calls");
  const result = new Map<string, { effective: boolean; ai: boolean; next: string | null; nextAi: string | null }>();
  for (const row of rows) {
    if (row.effective_outcome_key === PROMISE || row.outcome_key === PROMISE) {
      result.set(row.id, { effective: row.effective_outcome_key === PROMISE, ai: row.outcome_key === PROMISE, next: null, nextAi: null });
    }
  }
  const contacts = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.contact_number === null) continue;
    const key = `${row.contact_number}|${row.account_key ?? "<none>"}`;
    contacts.set(key, [...(contacts.get(key) ?? []), row]);
  }
  for (const calls of contacts.values()) {
    calls.sort((a, b) => a.ended_at.getTime() - b.ended_at.getTime() || (a.id < b.id ? -1 : 1));
    for (const [labels, key] of [["effective", "next"], ["ai", "nextAi"]] as const) {
      const labelled = calls.map((c) => ({ id: c.id, endedAt: c.ended_at, outcomeKey: labels === "ai" ? c.outcome_key : c.effective_outcome_key }));
      for (const f of followThroughPromises(labelled)) result.get(f.promise.id)![key] = f.decidedBy?.outcomeKey ?? null;
    }
  }
  return result;
}

async function stored() {
  const { rows } = await client.query<{ id: string; effective: boolean; ai: boolean; next: string | null; next_ai: string | null }>(
    "SELECT call_id::text AS id, effective_promise AS effective, ai_promise AS ai, next_outcome_key AS next, next_ai_outcome_key AS next_ai FROM promise_follow_throughs",
  );
  // A label set's follow-through is only read for that set's promises (its index is partial to them).
  return new Map(rows.map((r) => [r.id, { effective: r.effective, ai: r.ai, next: r.effective ? r.next : null, nextAi: r.ai ? r.next_ai : null }]));
}

/** The statement readPromises ran before the follow-through was stored: a probe per promise. */
async function probeGroups(query: string): Promise<PromiseGroup[]> {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  const context = { now, timeZone: "UTC" };
  const judgedUntil = addDays(dayOf(now, "UTC"), -PROMISE_JUDGE_AFTER_DAYS);
  const outcome = Prisma.raw(labelColumns(filters.labels).outcome);
  const day = Prisma.sql`to_char(calls.ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const judged = Prisma.sql`(calls.ended_at AT TIME ZONE 'UTC')::date <= ${judgedUntil}::date`;
  const corrected = Prisma.sql`promise_review.promise_corrected_at IS NOT NULL`;
  const progress = await readBackfillProgress(getContactSettings());
  return getDb().$queryRaw<PromiseGroup[]>`
    SELECT ${day} AS day, calls.contact_number IS NOT NULL AS "hasContact", ${judged} AS judged,
           next.next_outcome AS "nextOutcome",
           CASE WHEN ${corrected} THEN promise_review.promise_currency ELSE calls.promise_currency END AS currency,
           (NOT ${corrected} AND ${notYetDerived(progress, "calls")}) AS pending,
           count(*)::int AS promises,
           coalesce(sum(CASE WHEN ${corrected} THEN promise_review.promise_amount_cents ELSE calls.promise_amount_cents END), 0)::float8 AS cents
    FROM calls
    -- Only the review's own columns: call_reviews also copies some of the call's (stats-sql.ts), and the filters name those unqualified.
    LEFT JOIN (SELECT call_id, promise_currency, promise_amount_cents, promise_corrected_at FROM call_reviews) promise_review ON promise_review.call_id = calls.id
    LEFT JOIN LATERAL (
      SELECT l.${outcome} AS next_outcome FROM calls l
      WHERE l.contact_number = calls.contact_number AND l.account_key IS NOT DISTINCT FROM calls.account_key
        AND (l.ended_at, l.id) > (calls.ended_at, calls.id) AND l.${outcome} = ANY(${DECIDING_OUTCOME_KEYS}::text[])
      ORDER BY l.ended_at, l.id LIMIT 1
    ) next ON calls.contact_number IS NOT NULL AND ${judged}
    WHERE ${buildCallWhere(filters, context)} AND calls.${outcome} = ${PROMISE}
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

/** The per-day roll-up serves every filter of the analytics roll-up; the last three read the promises. */
const CUBE_QUERIES = [
  "range=90d", "range=90d&labels=ai", "range=30d", "range=90d&project=proj_west", "range=90d&labels=ai&sentiment=neutral",
  "range=90d&outcome=payment_promise", "range=90d&outcome=dispute", "range=90d&sentiment=positive&sentiment=negative",
  "range=90d&ai_outcome=call_back_requested", "range=90d&ai_sentiment=negative", "range=90d&corrected=yes", "range=90d&labels=ai&corrected=no",
  "range=90d&pstatus=fail", "range=90d&dstatus=pass&pstatus=pass", "range=90d&dmin=60&dmax=119", "range=90d&dmin=0&dmax=29",
  "range=90d&dmin=120&labels=ai&sentiment=neutral", "range=7d",
];
/** With a search, read from the calls by /analytics' figures, whose statement then computes the promise groups too (shared-match.ts). */
const SHARED_QUERIES = ["range=90d&q=friday", "range=90d&q=pay&phone=5550104", "range=90d&q=promised&meta=extra_id:acct_1"];
const QUERIES = [...CUBE_QUERIES, "range=90d&dmin=100", "range=90d&review=reviewed", "range=90d&phone=5550104", ...SHARED_QUERIES];

/** The roll-up as kept by its trigger, against rolling up the side table afresh (rows with nothing left are no rows). */
async function expectCubeFresh() {
  const columns = `to_char(r.day, 'YYYY-MM-DD') AS day, r.outcome_key, r.sentiment_key, r.reviewed_outcome_key, r.reviewed_sentiment_key,
    r.project_id, r.delivery_status, r.provider_status, r.bin, r.has_contact, r.promise_currency, r.next_outcome_key, r.next_ai_outcome_key`;
  const order = "ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13";
  const kept = await client.query(`SELECT ${columns}, r.calls, r.cents::float8 AS cents FROM promise_day_cube r WHERE r.calls <> 0 OR r.cents <> 0 ${order}`);
  const fresh = await client.query(`
    SELECT ${columns}, sum(r.calls)::int AS calls, sum(r.cents)::float8 AS cents
    FROM promise_follow_throughs p, promise_day_cube_rows('UTC', 1, p) r GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 ${order}`);
  expect(kept.rows).toEqual(fresh.rows);
}

/**
 * The table agrees with the plain computation, and /analytics' figures with the probe's, for every
 * label set and path: from the per-day roll-up (built in UTC by the first read), from the promises
 * (`rollUp: false`) and, for filters the roll-up lacks, the promises' path alone.
 */
async function expectAgreement() {
  expect(await stored()).toEqual(await expected());
  const today = dayOf(now, "UTC");
  for (const query of QUERIES) {
    const { filters } = parseCallFilters(new URLSearchParams(query));
    const plain = summarisePromises(await probeGroups(query), { today, grain: "week", span: null });
    const context = { now, timeZone: "UTC", grain: "week" as const, span: null };
    expect(promiseDayCubeServes(filters, await readBackfillProgress(getContactSettings())), query).toBe(CUBE_QUERIES.includes(query));
    expect(await getPromiseStats(filters, context), query).toEqual(plain);
    expect(await getPromiseStats(filters, { ...context, rollUp: false }), `${query}, from the promises`).toEqual(plain);
    const statement = await sharedPromiseStatement({ ...context, filters, userId: "nobody" });
    expect(statement !== null, `${query} shares the figures' match`).toBe(SHARED_QUERIES.includes(query));
    if (statement) {
      const { promiseGroups, ...figures } = await getAnalytics(filters, { now, timeZone: "UTC", grain: "week", promises: statement });
      expect(promiseGroups, query).not.toBeNull();
      expect(await getPromiseStats(filters, { ...context, groups: Promise.resolve(promiseGroups) }), `${query}, with the figures`).toEqual(plain);
      // The figures of the shared statement are those of the figures' own.
      expect({ ...figures, promiseGroups: null }).toEqual(await getAnalytics(filters, { now, timeZone: "UTC", grain: "week" }));
    }
  }
  await expectCubeFresh();
}

const idOf = async (providerCallId: string) => (await getDb().call.findUniqueOrThrow({ where: { providerCallId }, select: { id: true } })).id;

describe("promise_follow_throughs", () => {
  it("reads the promises, not the roll-up, while the contacts backfill has not re-derived every amount", () => {
    const { filters } = parseCallFilters(new URLSearchParams("range=90d"));
    expect(promiseDayCubeServes(filters, { done: true })).toBe(true);
    expect(promiseDayCubeServes(filters, { done: false, cursor: null })).toBe(false);
  });

  it("lists the same deciding outcomes as promises.ts", async () => {
    const { rows } = await client.query<{ keys: string[] }>("SELECT promise_deciding_outcomes() AS keys");
    expect([...rows[0]!.keys].sort()).toEqual([...DECIDING_OUTCOME_KEYS].sort());
  });

  it("is built in a new database and follows each promise as calls arrive", async () => {
    expect(await readPromiseReadiness()).toEqual({ ready: true });
    await insertCalls([
      call("0201", 30, "PAYMENT PROMISE"), // follow-1: A, kept by follow-3
      call("0201", 28, "VOICEMAIL"), // follow-2
      call("0201", 20, "PAYMENT COMPLETED"), // follow-3
      call("0202", 25, "PAYMENT PROMISE"), // follow-4: B on acct_1
      call("0202", 22, "PAYMENT COMPLETED", "acct_2"), // follow-5: another account of the number
      call("0203", 40, "CALLBACK REQUESTED", "acct_1", "proj_west"), // follow-6: C, corrected later
      call("0203", 35, "PAYMENT PROMISE", "acct_1", "proj_west"), // follow-7
      call(null, 20, "PAYMENT PROMISE"), // follow-8: no contact
      call("0204", 5, "PAYMENT PROMISE"), // follow-9: too recent, already decided
      call("0204", 3, "NOT INTERESTED"), // follow-10
    ]);
    await expectAgreement();
    expect((await stored()).get(await idOf("follow-1"))?.next).toBe("payment_completed");
    expect((await stored()).get(await idOf("follow-4"))?.next).toBeNull();
    const stats = await getPromiseStats(parseCallFilters({ range: "90d" }).filters, { now, timeZone: "UTC", grain: "week", span: null });
    expect(stats).toMatchObject({ promises: 5, withoutContact: 1, tooRecent: 1, states: { kept: 1, renewed: 0, refused: 0, open: 2 } });
  });

  it("takes a late delivery older than the stored calls", async () => {
    await insertCalls([call("0201", 29, "NOT INTERESTED")]); // follow-11, between A's promise and its payment
    expect((await stored()).get(await idOf("follow-1"))?.next).toBe("not_interested");
    await insertCalls([call("0203", 45, "PAYMENT PROMISE", "acct_1", "proj_west")]); // follow-12: renewed by follow-7
    expect((await stored()).get(await idOf("follow-12"))?.next).toBe("payment_promise");
    await expectAgreement();
  });

  it("follows a correction that makes a later call deciding, and back; the AI's labels keep theirs", async () => {
    // A's refusal was really a voicemail: the payment decides; then the voicemail before it was really a dispute.
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'voicemail' WHERE provider_call_id = 'follow-11'`;
    expect((await stored()).get(await idOf("follow-1"))).toMatchObject({ next: "payment_completed", nextAi: "not_interested" });
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'dispute' WHERE provider_call_id = 'follow-2'`;
    expect((await stored()).get(await idOf("follow-1"))).toMatchObject({ next: "dispute", nextAi: "not_interested" });
    await expectAgreement();
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = NULL WHERE provider_call_id IN ('follow-2', 'follow-11')`;
    expect((await stored()).get(await idOf("follow-1"))).toMatchObject({ next: "not_interested", nextAi: "not_interested" });
    // The AI's callback corrected to a promise: a promise under the effective labels only.
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'payment_promise' WHERE provider_call_id = 'follow-6'`;
    expect((await stored()).get(await idOf("follow-6"))).toEqual({ effective: true, ai: false, next: "payment_promise", nextAi: null });
    await expectAgreement();
    // And a promise corrected away: under the AI's labels only.
    await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'no_answer' WHERE provider_call_id = 'follow-7'`;
    await expectAgreement();
  });

  it("counts a reviewer's promise terms instead of the stored ones, and a corrected sentiment, on every path", async () => {
    // follow-1 restated in EUR, follow-9 as "no amount stated"; follow-12's sentiment corrected.
    await getDb().$executeRaw`
      INSERT INTO call_reviews (call_id, status, promise_amount_cents, promise_currency, promise_corrected_at)
      SELECT id, 'reviewed', 12345, 'EUR', now() FROM calls WHERE provider_call_id = 'follow-1'`;
    await getDb().$executeRaw`
      INSERT INTO call_reviews (call_id, status, promise_amount_cents, promise_currency, promise_corrected_at)
      SELECT id, 'needs_follow_up', NULL, NULL, now() FROM calls WHERE provider_call_id = 'follow-9'`;
    await getDb().$executeRaw`UPDATE calls SET reviewed_sentiment_key = 'negative' WHERE provider_call_id = 'follow-12'`;
    await expectAgreement();
    const stats = await getPromiseStats(parseCallFilters({ range: "90d" }).filters, { now, timeZone: "UTC", grain: "week", span: null });
    expect(stats.amounts.find((a) => a.currency === "EUR")).toEqual({ currency: "EUR", cents: 12345, promises: 1 });
    // Taken back: the stored terms count again.
    await getDb().$executeRaw`UPDATE call_reviews SET promise_corrected_at = NULL, promise_currency = NULL, promise_amount_cents = NULL`;
    await expectAgreement();
  });

  it("follows a changed account or number (the contact backfill) and a delete", async () => {
    // Two accounts on one number: the payment moves to B's account, then the number changes.
    await getDb().$executeRaw`UPDATE calls SET account_key = 'acct_1' WHERE provider_call_id = 'follow-5'`;
    expect((await stored()).get(await idOf("follow-4"))?.next).toBe("payment_completed");
    await expectAgreement();
    await getDb().$executeRaw`UPDATE calls SET contact_number = '+12125550201' WHERE provider_call_id = 'follow-5'`;
    await expectAgreement();
    await getDb().$executeRaw`UPDATE calls SET contact_number = NULL WHERE provider_call_id = 'follow-4'`;
    await expectAgreement();
    await getDb().$executeRaw`DELETE FROM calls WHERE provider_call_id = 'follow-11'`;
    expect((await stored()).get(await idOf("follow-1"))?.next).not.toBe("not_interested");
    await expectAgreement();
  });

  it("is built again from scratch in batches, and says it is not ready meanwhile", async () => {
    const before = await stored();
    await resetPromiseFollowThrough(client);
    expect(await readPromiseReadiness()).toEqual({ ready: false });
    // Not built: the trigger leaves the calls to the build.
    await insertCalls([call("0205", 20, "PAYMENT PROMISE"), call("0205", 18, "DISPUTE")]);
    expect((await stored()).size).toBe(0);
    const batches: string[] = [];
    const result = await buildPromiseFollowThrough(client, { batchCalls: 2, onProgress: (_, until) => batches.push(until) });
    expect(result).toMatchObject({ status: "done", promises: before.size + 1 });
    expect(batches.length).toBeGreaterThan(2);
    expect(await readPromiseReadiness()).toEqual({ ready: true });
    expect(await buildPromiseFollowThrough(client)).toEqual({ status: "up_to_date", promises: 0 });
    await expectAgreement();
  });

  it("maintains the numbers a build has reached while it is under way, and leaves the others to it", async () => {
    await resetPromiseFollowThrough(client);
    // Stopped after its first batch (one contact number): that number is maintained from then on.
    const stop = new Error("stopped");
    await expect(buildPromiseFollowThrough(client, { batchCalls: 1, onProgress: () => { throw stop; } })).rejects.toBe(stop);
    const { rows } = await client.query<{ until: string }>("SELECT built_until AS until FROM promise_follow_through_state WHERE id = 1");
    expect(rows[0]?.until).toBe("+12125550201");
    await insertCalls([call("0201", 1, "PAYMENT EXTENSION"), call("0206", 20, "PAYMENT PROMISE")]);
    const partial = await stored();
    expect(partial.has(await idOf(`follow-${serial}`))).toBe(false); // 0206: not reached yet
    const latest = await expected();
    for (const [id, row] of partial) expect(row, id).toEqual(latest.get(id));
    expect(await readPromiseReadiness()).toEqual({ ready: false });
    await buildPromiseFollowThrough(client, { batchCalls: 3 });
    await expectAgreement();
  });
});
