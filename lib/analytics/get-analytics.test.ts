// Every figure and series against numbers worked out by hand, on calls in Europe/Berlin around
// midnight and around the end of summer time (25 October 2026: 02:00-03:00 happens twice).
import { beforeAll, describe, expect, it } from "vitest";
import { E2E_ANALYTICS_CALLS, fixtureCall, type FixtureCall } from "@/e2e/fixtures/analytics-calls";
import { getDb } from "@/lib/db";
import { buildCallWhere } from "@/lib/calls/call-where";
import { parseCallFilters, type CallFilters } from "@/lib/calls/filters";
import { insertCalls } from "@/lib/calls/insert-calls";
import { buildChartView } from "./chart-view";
import { getAnalytics, type Analytics } from "./get-analytics";
import type { Grain } from "./grain";

const TZ = "Europe/Berlin";
const now = new Date("2026-11-30T12:00:00Z");

// Local Berlin times in the comments; the instants are what the webhooks would carry.
const BERLIN: FixtureCall[] = [
  { at: "2026-10-19T08:00:00Z", outcome: "PAYMENT PROMISE", sentiment: "POSITIVE", duration: 120, project: "proj_a" }, // A Mon 10:00
  { at: "2026-10-19T21:30:00Z", outcome: "payment_promise", sentiment: "NEUTRAL", duration: 45, project: "proj_a" }, // B Mon 23:30
  { at: "2026-10-19T22:15:00Z", outcome: "WRONG NUMBER", sentiment: "NEGATIVE", duration: 10, project: "proj_b" }, // C Tue 00:15 (Mon in UTC)
  { at: "2026-10-24T22:30:00Z", outcome: "PAYMENT PROMISE", sentiment: "POSITIVE", duration: 300, project: "proj_b" }, // D Sun 00:30 CEST
  { at: "2026-10-25T00:30:00Z", outcome: "CALL BACK REQUESTED", duration: 60, project: "proj_a" }, // E Sun 02:30 CEST
  { at: "2026-10-25T01:30:00Z", outcome: "PAYMENT EXTENSION", duration: 200, project: "proj_a" }, // F Sun 02:30 CET
  { at: "2026-10-25T22:30:00Z", outcome: "VOICEMAIL", duration: 20, project: null }, // G Sun 23:30 CET
  { at: "2026-10-25T23:30:00Z", outcome: "NO ANSWER", delivery: "fail", duration: 0, project: "proj_a" }, // H Mon 00:30 (Sun in UTC)
  { at: "2026-10-27T11:00:00Z", outcome: "PAYMENT COMPLETED", sentiment: "POSITIVE", duration: 600, project: "proj_b" }, // I
  { at: "2026-10-28T22:59:00Z", outcome: "DISPUTE", sentiment: "NEGATIVE", duration: null, project: "proj_b" }, // J Wed 23:59
  { at: "2026-10-28T23:10:00Z", outcome: "PAYMENT PROMISE" }, // K Thu 00:10: after the range
  { at: "2026-10-18T21:50:00Z", outcome: "PAYMENT PROMISE", sentiment: "POSITIVE", duration: 100, project: "proj_a" }, // L previous period
  { at: "2026-10-10T10:00:00Z", outcome: "WRONG NUMBER", sentiment: "NEGATIVE", duration: 30, project: "proj_a" }, // M previous period
];

const filtersFor = (query: string) => parseCallFilters(new URLSearchParams(query), { range: "30d" }).filters;
const load = (query: string, grain: Grain = "day", timeZone = TZ) => getAnalytics(filtersFor(query), { now, timeZone, grain });
const figure = (data: Analytics, key: string) => data.figures.find((f) => f.key === key)!;

async function countCalls(filters: CallFilters): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${buildCallWhere(filters, { now, timeZone: TZ })}`;
  return row!.n;
}

beforeAll(async () => {
  await insertCalls(BERLIN.map(fixtureCall));
  // The e2e set lives in March, far from these ranges: it must not change any figure below.
  await insertCalls(E2E_ANALYTICS_CALLS.map(fixtureCall));
});

describe("getAnalytics", () => {
  const RANGE = "from=2026-10-19&to=2026-10-28";

  it("computes the headline figures and their change against the previous ten days", async () => {
    const data = await load(RANGE);
    expect(data.totals).toEqual({ calls: 10, delivered: 9, promises: 3, wrongNumbers: 1, completed: 1, extensions: 1, callbacks: 1, notInterested: 0, timedDelivered: 8, averageDuration: 1355 / 8 });
    expect(data.previousRange).toEqual({ preset: "custom", from: "2026-10-09", to: "2026-10-18" });
    expect(figure(data, "promiseRate")).toMatchObject({ value: 3 / 9, detail: "3 of 9 delivered calls", change: { kind: "points", value: expect.closeTo((3 / 9 - 1 / 2) * 100, 6) } });
    expect(figure(data, "rightPartyPromiseRate")).toMatchObject({ value: 3 / 8, change: { kind: "points", value: expect.closeTo((3 / 8 - 1) * 100, 6) } });
    expect(figure(data, "calls")).toMatchObject({ value: 10, change: { kind: "percent", value: 4 } });
    expect(figure(data, "wrongNumberRate").value).toBeCloseTo(1 / 9);
    // J (a dispute) is delivered but reports no duration: the mean is over the other 8.
    expect(figure(data, "averageDuration")).toMatchObject({ value: 169.375, detail: "over 8 delivered calls (1 without a duration)", change: { kind: "seconds", value: 169.375 - 65 } });
    expect(figure(data, "promiseRate")).toMatchObject({ previous: 1 / 2, previousReason: null });
  });

  it("buckets calls by local day: midnight and the repeated hour land on the right day", async () => {
    const data = await load(RANGE);
    expect(data.promiseRate.map((p) => [p.bucket, p.calls, p.delivered, p.promises, p.rate])).toEqual([
      ["2026-10-19", 2, 2, 2, 1],
      ["2026-10-20", 1, 1, 0, 0],
      ["2026-10-21", 0, 0, 0, null],
      ["2026-10-22", 0, 0, 0, null],
      ["2026-10-23", 0, 0, 0, null],
      ["2026-10-24", 0, 0, 0, null],
      ["2026-10-25", 4, 4, 1, 0.25],
      ["2026-10-26", 1, 0, 0, null], // a call, but none delivered: still a gap
      ["2026-10-27", 1, 1, 0, 0],
      ["2026-10-28", 1, 1, 0, 0],
    ]);
    // The same calls in UTC fall on other days.
    const utc = await load(RANGE, "day", "UTC");
    expect(utc.promiseRate.find((p) => p.bucket === "2026-10-19")?.calls).toBe(3);
  });

  it("groups by Monday-to-Sunday weeks and by months", async () => {
    const weeks = await load(RANGE, "week");
    expect(weeks.promiseRate.map((p) => [p.bucket, p.calls, p.delivered, p.promises])).toEqual([
      ["2026-10-19", 7, 7, 3],
      ["2026-10-26", 3, 2, 0],
    ]);
    expect(weeks.outcomesOverTime.points[1]?.counts).toMatchObject({ no_answer: 1, payment_completed: 1, dispute: 1, payment_promise: 0 });
    const months = await load(RANGE, "month");
    expect(months.promiseRate).toMatchObject([{ bucket: "2026-10-01", calls: 10, promises: 3, delivered: 9 }]);
  });

  it("marks the periods the range cuts as partial", async () => {
    const weeks = await load(RANGE, "week");
    expect(weeks.promiseRate.map((p) => [p.bucket, p.partial, p.partialNote])).toEqual([
      ["2026-10-19", false, null],
      ["2026-10-26", true, "Partial week: Oct 26 – Oct 28 only (the range ends on Oct 28)"],
    ]);
    expect(weeks.outcomesOverTime.points.map((p) => p.partial)).toEqual([false, true]);
    const months = await load(RANGE, "month");
    expect(months.promiseRate[0]).toMatchObject({ partial: true, partialNote: "Partial month: Oct 19 – Oct 28 only (the range covers only these days)" });
    // The current period is not over yet: "now" is 30 November, a Monday.
    const current = await load("range=7d", "week");
    expect(current.promiseRate.at(-1)).toMatchObject({ bucket: "2026-11-30", partial: true, partialNote: "Partial week: Nov 30 so far" });
    expect(current.promiseRate[0]).toMatchObject({ bucket: "2026-11-23", partial: true, partialNote: "Partial week: Nov 24 – Nov 29 only (the range starts on Nov 24)" });
  });

  it("stacks outcomes, undocumented ones included, most frequent first", async () => {
    const data = await load(RANGE);
    expect(data.outcomesOverTime.keys[0]).toBe("payment_promise");
    expect(data.outcomesOverTime.keys).toHaveLength(8);
    expect(data.outcomesOverTime.points.find((p) => p.bucket === "2026-10-25")?.counts).toMatchObject({
      payment_promise: 1, call_back_requested: 1, payment_extension: 1, voicemail: 1,
    });
  });

  it("distributes by outcome, sentiment, both, project and duration", async () => {
    const data = await load(RANGE);
    expect(data.outcomes.map((s) => [s.key, s.calls])).toEqual([
      ["payment_promise", 3], ["call_back_requested", 1], ["dispute", 1], ["no_answer", 1],
      ["payment_completed", 1], ["payment_extension", 1], ["voicemail", 1], ["wrong_number", 1],
    ]);
    expect(data.sentiments.map((s) => [s.key, s.calls])).toEqual([["positive", 3], ["neutral", 5], ["negative", 2]]);
    const promiseRow = data.matrix.rows[0]!;
    expect(promiseRow.cells.map((c) => c.calls)).toEqual([2, 1, 0]);
    expect(data.projects.map((p) => [p.label, p.calls, p.delivered, p.promises, p.rate])).toEqual([
      ["proj_a", 5, 4, 2, 0.5],
      ["proj_b", 4, 4, 1, 0.25],
      ["No project", 1, 1, 0, 0],
    ]);
    expect(data.durations.bins.map((b) => b.calls)).toEqual([3, 1, 1, 1, 1, 1, 1]);
    expect(data.durations.unknown).toBe(1);
  });

  it("links every item to exactly the calls it counts", async () => {
    const data = await load(RANGE, "week");
    const checks: [string | null, number][] = [
      ...data.figures.filter((f) => f.key === "promiseRate" || f.key === "delivered" || f.key === "completed").map((f) => [f.href, f.key === "promiseRate" ? 3 : f.value!] as [string | null, number]),
      [figure(data, "averageDuration").href, data.totals.timedDelivered],
      ...data.promiseRate.map((p) => [p.href, p.delivered] as [string | null, number]),
      ...data.outcomesOverTime.points.flatMap((p) => data.outcomesOverTime.keys.filter((k) => p.hrefs[k]).map((k) => [p.hrefs[k]!, p.counts[k]!] as [string, number])),
      ...data.outcomes.map((s) => [s.href, s.calls] as [string | null, number]),
      ...data.sentiments.map((s) => [s.href, s.calls] as [string | null, number]),
      ...data.matrix.rows.flatMap((r) => r.cells.map((c) => [c.href, c.calls] as [string | null, number])),
      ...data.projects.map((p) => [p.href, p.delivered] as [string | null, number]),
      ...data.durations.bins.map((b) => [b.href, b.calls] as [string | null, number]),
    ];
    expect(checks.filter(([href]) => href).length).toBeGreaterThan(30);
    for (const [href, expected] of checks) {
      if (!href) continue;
      expect(href.startsWith("/calls?")).toBe(true);
      expect({ href, count: await countCalls(filtersFor(href.slice("/calls?".length))) }).toEqual({ href, count: expected });
    }
  });

  it("links every number of every chart's table to exactly the calls it counts", async () => {
    const view = buildChartView(await load(RANGE, "week"), "week");
    const tables = [view.promiseRate.table, view.outcomesOverTime.table, view.outcomes.table, view.sentiments.table, view.projects.table, view.durations.table];
    const numbered = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.href && /^[\d,]+$/.test(c.text))));
    // Every outcome count of the "Calls by outcome" table is a link (10 calls: at least 10 cells).
    expect(view.outcomesOverTime.table.rows.flatMap((r) => r.cells.slice(2)).filter((c) => c.href).length).toBeGreaterThanOrEqual(8);
    expect(numbered.length).toBeGreaterThan(20);
    for (const cell of numbered) {
      expect({ href: cell.href, count: await countCalls(filtersFor(cell.href!.slice("/calls?".length))) }).toEqual({ href: cell.href, count: Number(cell.text.replace(/,/g, "")) });
    }
    expect(view.outcomesOverTime.table.rows[1]!.cells[0]).toMatchObject({ text: "Week of Oct 26 (partial)" });
  });

  it("says 'no calls' for an empty period instead of 0 % or NaN", async () => {
    const data = await load("from=2026-01-05&to=2026-01-11");
    expect(data.totals.calls).toBe(0);
    expect(figure(data, "promiseRate")).toMatchObject({ value: null, detail: "no calls", href: null });
    expect(figure(data, "averageDuration")).toMatchObject({ value: null, detail: "no calls" });
    expect(figure(data, "promiseRate")).toMatchObject({ previous: null, previousReason: "no calls" }); // the week before had none either
    expect(data.promiseRate).toHaveLength(7);
    expect(data.promiseRate.every((p) => p.rate === null)).toBe(true);
    expect(data.outcomes).toEqual([]);
  });

  it("gives no right-party rate for a period with only wrong numbers", async () => {
    const data = await load("from=2026-10-10&to=2026-10-10");
    expect(figure(data, "promiseRate").value).toBe(0);
    expect(figure(data, "rightPartyPromiseRate")).toMatchObject({ value: null, detail: "only wrong numbers" });
    expect(figure(data, "wrongNumberRate").value).toBe(1);
    expect(figure(data, "calls").change).toEqual({ kind: "new" }); // the day before had no calls
  });

  it("applies the other filters through the shared filter builder", async () => {
    const data = await load(`${RANGE}&project=proj_b&sentiment=positive`);
    expect(data.totals).toMatchObject({ calls: 2, delivered: 2, promises: 1, completed: 1 });
  });
});
