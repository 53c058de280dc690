// Values inlined into SQL text (for COPY, which takes no bind parameters) must come back exactly
// as they went in, whatever they hold, and the filters must select what the bound query selects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb, getPool } from "@/lib/db";
import { buildCallWhere } from "./call-where";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { toCallRecord } from "./call-record";
import { insertCalls } from "./insert-calls";
import { formatTemplate, inlineSql } from "./inline-sql";

const HOSTILE = [
  "plain", "", "it's", "''", "\\", "\\'", "'; DROP TABLE calls; --", "$$ $1 $tag$", "%s %L %1$s %%", "E'\\x41'",
  "\"double\"", "back\\slash\\", "new\nline\r\ttab", "ü € 😀", "?", ":1", "{a,b}", "{\"x\\\"}", "NULL", "null",
];

let client: pg.PoolClient;
const now = new Date();
beforeAll(async () => {
  client = await getPool().connect();
  const calls = generateCalls(200, { seed: 3, now, spreadDays: 10 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});
afterAll(() => client.release());

/** Runs `sql` inlined, with no parameters at all. */
async function runInlined<T extends pg.QueryResultRow>(sql: Prisma.Sql): Promise<T[]> {
  return (await client.query<T>(await inlineSql(client, sql))).rows;
}

describe("inlineSql", () => {
  it("doubles the % of the text, so format() copies it as it is", async () => {
    expect(formatTemplate(Prisma.sql`SELECT '100%' || ${"x"} || ${"y"}`)).toBe("SELECT '100%%' || %1$L || %2$L");
    expect(await runInlined(Prisma.sql`SELECT '100%s' || ${"x"} AS v`)).toEqual([{ v: "100%sx" }]);
  });

  it.each(HOSTILE)("round-trips the string %j", async (value) => {
    expect(await runInlined(Prisma.sql`SELECT ${value}::text AS v, ${[value, value]}::text[] AS a`)).toEqual([{ v: value, a: [value, value] }]);
  });

  it("round-trips numbers, booleans, dates, nulls and empty arrays", async () => {
    const at = new Date("2026-03-29T01:30:00.123Z");
    const [row] = await runInlined(Prisma.sql`SELECT ${42}::int AS n, ${-1.5}::float8 AS f, ${true}::boolean AS b, ${at}::timestamptz AS t, ${null}::text AS z, ${[]}::text[] AS e`);
    expect(row).toEqual({ n: 42, f: -1.5, b: true, t: at, z: null, e: [] });
  });

  it("refuses what it cannot write as a literal", async () => {
    await expect(inlineSql(client, Prisma.sql`SELECT ${Number.NaN}`)).rejects.toThrow();
    await expect(inlineSql(client, Prisma.sql`SELECT ${{ an: "object" }}`)).rejects.toThrow();
  });

  it.each([
    "", "outcome=payment_promise,dispute&sentiment=negative", "range=7d&dmin=30&dmax=300", "labels=ai&outcome=dispute",
    "q=pay friday", "q=\"it's\" -'; DROP TABLE calls; --", "phone=4106", "phone=%27%3B--", "meta=project_id:%27%5C%22",
    "project=a'b,c\\d", "pstatus=x'&dstatus=%25", "review=not_reviewed&assignee=me,nobody", "tag=o'neil&corrected=no",
  ])("selects the same calls as the bound query: %s", async (query) => {
    const where = buildCallWhere(parseCallFilters(new URLSearchParams(query)).filters, { now, timeZone: "Europe/Berlin", userId: "u'1" });
    const bound = await getDb().$queryRaw<{ id: string }[]>`SELECT id FROM calls WHERE ${where} ORDER BY id`;
    const inlined = await runInlined<{ id: string }>(Prisma.sql`SELECT id FROM calls WHERE ${where} ORDER BY id`);
    expect(inlined.map((r) => r.id)).toEqual(bound.map((r) => r.id));
    expect((await client.query("SELECT count(*)::int AS n FROM calls")).rows[0]).toEqual({ n: 200 });
  });
});
