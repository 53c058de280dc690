// The bucketing by precomputed bucket starts must agree, call for call, with the plain definition
// `date_trunc(grain, ended_at AT TIME ZONE tz)`, in zones with daylight-saving changes (Lord Howe
// moves by half an hour) and without.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { GRAINS } from "./grain";
import { splitBreakdowns } from "./breakdowns";
import { ensureDayCube } from "./day-cube";
import { getBreakdowns } from "./queries";
import type { BucketScope } from "./queries-buckets";

const overTime = async (where: Prisma.Sql, scope: BucketScope) =>
  splitBreakdowns(await getBreakdowns({ table: "calls", where }, scope)).overTime;
/** The same from the per-day roll-up, built for the scope's zone. */
const overTimeFromCube = async (scope: BucketScope) => {
  await ensureDayCube(scope.timeZone);
  return splitBreakdowns(await getBreakdowns({ table: "call_day_cube", where: Prisma.sql`calls > 0` }, scope)).overTime;
};

const now = new Date("2026-11-30T12:00:00Z");
const sorted = <T extends { bucket: string; outcomeKey: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => a.bucket.localeCompare(b.bucket) || String(a.outcomeKey).localeCompare(String(b.outcomeKey)));

beforeAll(async () => {
  const calls = generateCalls(3_000, { seed: 11, now, spreadDays: 300 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});

describe("getBreakdowns over time", () => {
  for (const timeZone of ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]) {
    it(`buckets like date_trunc in ${timeZone}`, async () => {
      for (const grain of GRAINS) {
        const expected = await getDb().$queryRaw<{ bucket: string; outcomeKey: string | null; calls: number; delivered: number }[]>`
          SELECT to_char(date_trunc(${grain}, ended_at AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS bucket, outcome_key AS "outcomeKey",
                 count(*)::int AS calls, count(*) FILTER (WHERE delivery_status = 'pass')::int AS delivered
          FROM calls GROUP BY 1, 2`;
        const all = await overTime(Prisma.sql`TRUE`, { grain, timeZone, from: null, to: null });
        expect(sorted(all)).toEqual(sorted(expected));
        expect(sorted(await overTimeFromCube({ grain, timeZone, from: null, to: null }))).toEqual(sorted(expected));
      }
    });
  }

  it("counts only the range's calls when the range is given", async () => {
    const from = new Date("2026-03-29T00:00:00+01:00");
    const to = new Date("2026-04-05T00:00:00+02:00");
    const where = Prisma.sql`ended_at >= ${from} AND ended_at < ${to}`;
    const rows = await overTime(where, { grain: "day", timeZone: "Europe/Berlin", from, to });
    const [count] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${where}`;
    expect(rows.reduce((sum, row) => sum + row.calls, 0)).toBe(count!.n);
    expect(new Set(rows.map((row) => row.bucket)).size).toBeLessThanOrEqual(7);
    expect(rows.every((row) => row.bucket >= "2026-03-29" && row.bucket <= "2026-04-04")).toBe(true);
  });
});
