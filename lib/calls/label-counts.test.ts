// The options' counts from the roll-up must equal a plain count of the calls for every filter set
// the roll-up serves; other filters get a bounded count (exact under the sample, else marked).
import { beforeAll, describe, expect, it } from "vitest";
import { buildDayCubeWhere, ensureDayCube, isDayCubeFilter } from "@/lib/analytics/day-cube";
import { getDb } from "@/lib/db";
import { buildCallWhere } from "./call-where";
import { toCallRecord } from "./call-record";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { countByLabel, queryBoundedLabelCounts, queryDayCubeLabelCounts, queryLabelCounts } from "./label-counts";

const now = new Date();
const timeZone = "Europe/Berlin";
const context = { now, timeZone };

beforeAll(async () => {
  const calls = generateCalls(1500, { seed: 17, now, spreadDays: 40 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  // Some corrections, so the effective and the AI's labels differ.
  await getDb().$executeRaw`UPDATE calls SET reviewed_outcome_key = 'dispute', reviewed_outcome = 'Dispute' WHERE id IN (SELECT id FROM calls ORDER BY id LIMIT 40)`;
  await getDb().$executeRaw`UPDATE calls SET reviewed_sentiment_key = 'negative', reviewed_sentiment = 'NEGATIVE' WHERE id IN (SELECT id FROM calls ORDER BY id DESC LIMIT 30)`;
  await ensureDayCube(timeZone);
});

const asMap = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

const SERVED = [
  "", "range=7d", "range=30d", "range=today", "from=2026-01-01&to=2030-01-01", "outcome=payment_promise,dispute", "sentiment=negative",
  "labels=ai", "labels=ai&outcome=dispute", "ai_outcome=payment_promise", "ai_sentiment=positive", "corrected=yes", "corrected=no",
  "project=p1", "dstatus=delivered", "range=30d&sentiment=positive&corrected=no",
];

describe("option counts from the roll-up", () => {
  it.each(SERVED)("equal a plain count of the calls: %s", async (query) => {
    const { filters } = parseCallFilters(new URLSearchParams(query));
    for (const column of ["outcome_key", "sentiment_key", "project_id"] as const) {
      const own = { outcome_key: "outcomes", sentiment_key: "sentiments", project_id: "projects" }[column];
      const others = { ...filters, [own]: [] };
      expect(isDayCubeFilter(others)).toBe(true);
      const plain = await queryLabelCounts(column, buildCallWhere(others, context), filters.labels);
      const cube = await queryDayCubeLabelCounts(column, buildDayCubeWhere(others, context), filters.labels);
      expect({ column, counts: asMap(cube) }).toEqual({ column, counts: asMap(plain) });
      expect(await countByLabel(column, filters, context).then(asMap)).toEqual(asMap(plain));
    }
  });
});

describe("option counts the roll-up cannot serve", () => {
  it("are exact under the sample and marked approximate above it", async () => {
    const where = buildCallWhere(parseCallFilters({ dmin: "10" }).filters, context);
    const plain = await queryLabelCounts("outcome_key", where);
    const bounded = await queryBoundedLabelCounts("outcome_key", where);
    expect(asMap(bounded)).toEqual(asMap(plain));
    expect(bounded.some((r) => r.approximate)).toBe(false);
    const sampled = await queryBoundedLabelCounts("outcome_key", where, "effective", 100);
    expect(sampled.every((r) => r.approximate)).toBe(true);
    expect(Object.keys(asMap(sampled)).every((key) => key in asMap(plain))).toBe(true);
  });
});
