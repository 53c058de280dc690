import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { dayOf } from "@/lib/calls/date-range";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { clampRange, clampToCalls, getCallExtent } from "./clamp-range";
import { getAnalytics } from "./get-analytics";
import { parseGrain } from "./grain";
import { daySpanOf } from "./period";

const now = new Date("2026-11-30T12:00:00Z");
const timeZone = "UTC";
const calls = generateCalls(200, { seed: 17, now, spreadDays: 20 });

beforeAll(async () => {
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});

const extent = { first: new Date("2026-11-10T08:00:00Z"), last: new Date("2026-11-30T09:00:00Z") };
const custom = (from?: string, to?: string) => ({ preset: "custom" as const, ...(from && { from }), ...(to && { to }) });

describe("date ranges bounded by the calls", () => {
  it.each([
    ["ten thousand years", custom("0001-01-01", "9999-12-31"), custom("2026-11-10", "2026-11-30")],
    ["an open end", custom(undefined, "9999-12-31"), custom(undefined, "2026-11-30")],
    ["a range inside the calls", custom("2026-11-12", "2026-11-20"), custom("2026-11-12", "2026-11-20")],
    ["a range wholly after them", custom("5000-01-01", "9999-12-31"), custom("5000-01-01", "5000-01-01")],
    ["a range wholly before them", custom("0001-01-01", "1999-12-31"), custom("1999-12-31", "1999-12-31")],
  ])("clamps %s", (_, range, expected) => {
    expect(clampRange(range, extent, now, timeZone)).toEqual(expected);
  });

  it("leaves presets alone and uses today when there are no calls", () => {
    expect(clampRange({ preset: "30d" }, extent, now, timeZone)).toEqual({ preset: "30d" });
    expect(clampRange(custom("0001-01-01", "9999-12-31"), { first: null, last: null }, now, timeZone)).toEqual(custom("2026-11-30", "2026-11-30"));
  });

  it("makes /analytics?from=0001-01-01&to=9999-12-31 cost what All time costs, with the same figures", async () => {
    const first = dayOf((await getCallExtent()).first!, timeZone);
    const parsed = await clampToCalls(parseCallFilters(new URLSearchParams("from=0001-01-01&to=9999-12-31")), { now, timeZone });
    expect(parsed.filters.range).toEqual(custom(first, "2026-11-30"));
    expect(parsed.notices.join()).toMatch(/reached beyond the calls/);
    const { grain } = parseGrain(new URLSearchParams(), daySpanOf(parsed.filters.range, now, timeZone));
    const started = performance.now();
    const wide = await getAnalytics(parsed.filters, { now, timeZone, grain });
    expect(performance.now() - started).toBeLessThan(3000);
    const all = await getAnalytics(parseCallFilters(new URLSearchParams("range=all")).filters, { now, timeZone, grain });
    expect(wide.totals).toEqual(all.totals);
    expect(wide.promiseRate.length).toBeLessThanOrEqual(31);
  });
});
