// The position of a call in its filtered list, checked against the whole list ordered by SQL: from
// the match probe (few matches) and from the day roll-up (more than PROBE_LIMIT, time order).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toCallRecord } from "./call-record";
import { findCallPosition } from "./call-position";
import { buildCallWhere } from "./call-where";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { parseListPosition } from "./list-params";
import { PROBE_LIMIT } from "./match-probe";

const now = new Date("2026-11-30T12:00:00Z");
// Not UTC, so that a local day differs from a UTC day; every tenth call ends exactly at local midnight.
const context = { now, timeZone: "Asia/Kolkata" };
const midnight = new Date("2026-11-28T18:30:00Z");

beforeAll(async () => {
  const calls = generateCalls(2300, { seed: 31, now, spreadDays: 6 }).map(({ payload, endedAt }, i) => ({ record: toCallRecord(payload), endedAt: i % 10 ? endedAt : midnight }));
  await insertCalls(calls);
});

async function expectedPositions(query: string) {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { sort } = parseListPosition(params, filters).position;
  const column = sort === "longest" || sort === "shortest" ? Prisma.sql`duration_seconds` : Prisma.sql`ended_at`;
  const direction = sort === "oldest" || sort === "shortest" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM calls WHERE ${buildCallWhere(filters, context)} AND ${column} IS NOT NULL ORDER BY ${column} ${direction}, id ${direction}`;
  return { filters, sort, ids: rows.map((row) => row.id) };
}

// The first, the last and a spread of calls between them, midnight ones included.
const sample = (ids: string[]) => [...new Set([0, 1, 2, 229, 230, 231, 700, Math.floor(ids.length / 2), ids.length - 2, ids.length - 1].filter((i) => i < ids.length))];

describe("findCallPosition", () => {
  it.each(["", "sort=oldest", "dstatus=pass", "outcome=payment_promise", "sort=longest&outcome=payment_promise", "sort=shortest&sentiment=negative", "range=7d&sort=oldest"])(
    "gives the exact position and count: %s",
    async (query) => {
      const { filters, sort, ids } = await expectedPositions(query);
      expect(ids.length).toBeGreaterThan(50);
      for (const i of sample(ids)) {
        const call = await getDb().call.findUniqueOrThrow({ where: { id: ids[i]! } });
        expect(await findCallPosition(call, filters, sort, context)).toEqual({ index: i + 1, total: ids.length });
      }
    },
  );

  it("uses the roll-up past the probe: these lists have more matches than it reads", async () => {
    for (const query of ["", "dstatus=pass"]) expect((await expectedPositions(query)).ids.length).toBeGreaterThan(PROBE_LIMIT);
  });

  it("counts a call that arrived on the call's own day at once, with the other days' totals memoised", async () => {
    const { filters, sort, ids } = await expectedPositions("");
    const call = await getDb().call.findUniqueOrThrow({ where: { id: ids[Math.floor(ids.length / 2)]! } });
    const first = await findCallPosition(call, filters, sort, context);
    // A newer call on the same local day (one second later) is listed before it.
    const { payload } = generateCalls(1, { seed: 77, now, spreadDays: 1 })[0]!;
    await insertCalls([{ record: toCallRecord(payload), endedAt: new Date(call.endedAt.getTime() + 1000) }]);
    expect(await findCallPosition(call, filters, sort, context)).toEqual({ index: first!.index + 1, total: first!.total + 1 });
  });

  it("gives none where counting would read every match, or the call is not in the list", async () => {
    const call = await getDb().call.findFirstOrThrow({ where: { outcomeKey: "payment_promise" } });
    const none = async (query: string) => {
      const params = new URLSearchParams(query);
      const { filters } = parseCallFilters(params);
      return findCallPosition(call, filters, parseListPosition(params, filters).position.sort, context);
    };
    expect(await none("sort=longest")).toBeNull(); // more than the probe reads, in a duration order
    expect(await none("q=account&sort=relevance")).toBeNull();
    expect(await none("outcome=wrong_number")).toBeNull();
    expect(await none("")).not.toBeNull();
  });
});
