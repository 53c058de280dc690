import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { toCallRecord } from "./call-record";
import { findAdjacentCall } from "./call-neighbours";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { listCalls } from "./list-calls";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
const same = new Date("2026-11-29T08:00:00Z");

beforeAll(async () => {
  // Every other call shares one timestamp: neighbours must still follow (time, id).
  const calls = generateCalls(40, { seed: 9, now }).map(({ payload, endedAt }, i) => ({ record: toCallRecord(payload), endedAt: i % 2 ? same : endedAt }));
  await insertCalls(calls);
});

describe("findAdjacentCall", () => {
  it.each(["", "sentiment=neutral", "sort=oldest", "sort=longest&dmin=30"])("walks the list in its order: %s", async (query) => {
    const params = new URLSearchParams(query);
    const { filters } = parseCallFilters(params);
    const sort = params.get("sort") === "oldest" ? "oldest" : params.get("sort") === "longest" ? "longest" : "newest";
    const { rows } = await listCalls(filters, { sort, size: 100 }, context);
    expect(rows.length).toBeGreaterThan(3);
    for (const [i, row] of rows.entries()) {
      const call = await getDb().call.findUniqueOrThrow({ where: { id: row.id } });
      const [previous, next] = await Promise.all([
        findAdjacentCall(call, filters, sort, "previous", context),
        findAdjacentCall(call, filters, sort, "next", context),
      ]);
      expect([previous, next]).toEqual([rows[i - 1]?.id ?? null, rows[i + 1]?.id ?? null]);
    }
  });
});
