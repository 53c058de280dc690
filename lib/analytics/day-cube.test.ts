// The per-day roll-up against the calls it rolls up: the page's figures agree whichever it reads,
// the trigger keeps the roll-up exact through inserts, updates and deletes, and a change of time
// zone rebuilds it.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/levers/route";
import { callPayload } from "@/e2e/fixtures/payloads";
import { getDb } from "@/lib/db";
import { TEST_SECRET, webhookRequest } from "@/lib/webhooks/levers/test-support";
import { toCallRecord } from "@/lib/calls/call-record";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { ensureDayCube, isDayCubeFilter } from "./day-cube";
import { DURATION_EDGES } from "./durations";
import { getAnalytics } from "./get-analytics";
import type { Grain } from "./grain";

const now = new Date("2026-11-30T12:00:00Z");
process.env.LEVERS_WEBHOOK_SECRET = TEST_SECRET;

/** Cube rows that differ from a fresh roll-up of the calls in `timeZone` (both ways). */
async function cubeDifferences(timeZone: string): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    WITH fresh AS (
      SELECT (ended_at AT TIME ZONE ${timeZone})::date AS day, coalesce(outcome_key, '') AS o, coalesce(sentiment_key, '') AS s,
             coalesce(project_id, '') AS p, coalesce(delivery_status, '') AS d, coalesce(provider_status, '') AS ps,
             coalesce(width_bucket(duration_seconds, ${[...DURATION_EDGES]}::int[]), -1) AS bin,
             count(*)::int AS calls, coalesce(sum(duration_seconds), 0)::bigint AS duration_sum, count(duration_seconds)::int AS with_duration
      FROM calls GROUP BY 1, 2, 3, 4, 5, 6, 7),
    cube AS (
      SELECT day, outcome_key, sentiment_key, project_id, delivery_status, provider_status, bin, calls, duration_sum, with_duration
      FROM call_day_cube WHERE calls <> 0)
    SELECT ((SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM cube) a)
          + (SELECT count(*) FROM (SELECT * FROM cube EXCEPT SELECT * FROM fresh) b))::int AS n`;
  return row!.n;
}

beforeAll(async () => {
  const calls = generateCalls(2_000, { seed: 7, now, spreadDays: 120 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});

describe("the analytics from the roll-up", () => {
  const queries: [string, Grain][] = [
    ["range=90d", "week"],
    ["range=30d", "day"],
    ["range=all", "month"],
    ["range=7d&outcome=payment_promise,wrong_number", "day"],
    ["range=custom&from=2026-10-20&to=2026-11-03&sentiment=positive&dstatus=pass", "day"],
    ["range=90d&project=proj_collections_us&project=proj_uae_retail", "week"],
    // Not held by the cube: read from the calls whatever rollUp says (isDayCubeFilter).
    ["range=30d&disclosure=missing", "day"],
    ["range=90d&outcome=payment_promise&disclosure=found", "week"],
  ];
  for (const timeZone of ["UTC", "Europe/Berlin", "Asia/Kolkata"]) {
    it(`equal the analytics from the calls in ${timeZone}`, async () => {
      for (const [query, grain] of queries) {
        const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
        const fromCalls = await getAnalytics(filters, { now, timeZone, grain, rollUp: false });
        const fromCube = await getAnalytics(filters, { now, timeZone, grain });
        expect(fromCube, query).toEqual(fromCalls);
      }
      const [zone] = await getDb().$queryRaw<{ tz: string }[]>`SELECT time_zone AS tz FROM call_day_cube_zone`;
      expect(zone!.tz).toBe(timeZone);
    });
  }
});

describe("isDayCubeFilter", () => {
  it.each([
    ["range=30d&outcome=dispute&dstatus=pass&corrected=yes", true],
    ["range=30d&disclosure=missing", false],
    ["disclosure=found", false],
    ["review=reviewed", false],
  ])("%s: %s", (query, served) => {
    expect(isDayCubeFilter(parseCallFilters(new URLSearchParams(query)).filters)).toBe(served);
  });
});

describe("the roll-up", () => {
  it("is rebuilt for another time zone", async () => {
    await ensureDayCube("UTC");
    expect(await cubeDifferences("UTC")).toBe(0);
    await ensureDayCube("Asia/Kolkata");
    expect(await cubeDifferences("Asia/Kolkata")).toBe(0);
    expect(await cubeDifferences("UTC")).toBeGreaterThan(0);
  });

  it("follows inserts, updates and deletes of calls", async () => {
    await ensureDayCube("Europe/Berlin");
    const [extra] = generateCalls(1, { seed: 99, now, spreadDays: 10 });
    await insertCalls([{ record: toCallRecord(extra!.payload), endedAt: extra!.endedAt }]);
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    const [call] = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls ORDER BY ended_at DESC LIMIT 1`;
    // Another outcome and another local day (23:30 UTC is the next day in Berlin).
    await getDb().$executeRaw`
      UPDATE calls SET outcome_key = 'dispute', ended_at = '2026-11-20T23:30:00Z', duration_seconds = NULL WHERE id = ${call!.id}::uuid`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    await getDb().$executeRaw`UPDATE calls SET delivery_status = NULL, project_id = 'proj_new', duration_seconds = 45 WHERE id = ${call!.id}::uuid`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    await getDb().$executeRaw`UPDATE calls SET provider_status = 'busy' WHERE id = ${call!.id}::uuid`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    await getDb().$executeRaw`UPDATE calls SET provider_status = NULL WHERE id = ${call!.id}::uuid`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    await getDb().$executeRaw`DELETE FROM calls WHERE id = ${call!.id}::uuid`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
    await getDb().$executeRaw`DELETE FROM calls WHERE id IN (SELECT id FROM calls ORDER BY id LIMIT 50)`;
    expect(await cubeDifferences("Europe/Berlin")).toBe(0);
  });

  it("follows the webhook's upsert: a new call, then a later version of it", async () => {
    await ensureDayCube("UTC");
    const payload = callPayload({ callOutput: "PAYMENT PROMISE" });
    const first = new Date(Date.now() - 10_000);
    expect((await POST(webhookRequest({ payload, timestamp: first }))).status).toBe(200);
    expect(await cubeDifferences("UTC")).toBe(0);
    const later = new Date(first.getTime() + 5_000);
    expect((await POST(webhookRequest({ payload: { ...payload, callOutput: "DISPUTE" }, timestamp: later }))).status).toBe(200);
    const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE outcome_key = 'dispute' AND provider_call_id = ${String(payload.providerCallId)}`;
    expect(row!.n).toBe(1);
    expect(await cubeDifferences("UTC")).toBe(0);
  });
});
