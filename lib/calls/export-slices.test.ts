// An export split into slices (several COPY statements at once, the later ones spooled to temporary
// files) sends exactly the bytes of the single statement, leaves no file and no busy connection
// when the client goes away, and never takes the read pool from other requests.
import fs from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb, getPool } from "@/lib/db";
import { createTestUser } from "@/scripts/test/auth";
import { openCallsExport, type ExportOptions } from "./export-calls";
import { exportStream } from "./export-stream";
import { parseCallFilters } from "./filters";

const spoolDir = mkdtempSync(path.join(tmpdir(), "levers-spool-test-"));
process.env.EXPORT_SPOOL_DIR = spoolDir;
process.env.DATABASE_POOL_SIZE = "6";

const now = new Date();
const TIE = new Date(now.getTime() - 3 * 86_400_000 + 123);
const calls = generateCalls(2600, { seed: 31, now, spreadDays: 10 }).map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt }));
// 40 calls share one ended_at (ties broken by id): a bound at TIE, or just after it, must keep them in order.
for (const call of calls.slice(100, 140)) call.endedAt = TIE;
// Cells COPY must quote, and a formula the guard must neutralise, in both slices.
calls[0]!.record.summary = '=HYPERLINK("http://evil.example","x")\r\nline, two';
calls[2599]!.record.summary = '@SUM(1,2) "quoted"\n';

beforeAll(async () => {
  await insertCalls(calls);
  // Reviews (with an assignee and formula-looking reasons), corrections and tags on calls spread
  // over the whole period, so that every slice has some: a slice looks reviews up its own way.
  // Picked by a hash of the provider's call id, which the seed decides: the same calls every run.
  const manager = await createTestUser("manager");
  const db = getDb();
  await db.$executeRaw`UPDATE calls SET reviewed_outcome = '=Dispute', reviewed_outcome_key = 'dispute'
    WHERE id IN (SELECT id FROM calls ORDER BY ended_at DESC OFFSET 5 LIMIT 400) AND hashtext(provider_call_id) % 7 = 0`;
  await db.$executeRaw`INSERT INTO call_reviews (call_id, status, assignee_id, outcome_reason, sentiment_reason)
    SELECT id, 'reviewed', CASE WHEN hashtext(provider_call_id) % 2 = 0 THEN ${manager.id} END, '-5 days, said "later"', '+angry'
    FROM calls WHERE hashtext(provider_call_id) % 13 = 0`;
  await db.$executeRaw`INSERT INTO call_tags (call_id, tag) SELECT id, 'hardship' FROM calls WHERE hashtext(provider_call_id) % 17 = 0`;
  await db.$executeRaw`INSERT INTO call_tags (call_id, tag) SELECT id, '=cmd' FROM calls WHERE hashtext(provider_call_id) % 34 = 0`;
}, 240_000);

const context = () => ({ now, timeZone: "UTC" });

async function exportBytes(query: string, options: ExportOptions) {
  const csv = await openCallsExport(parseCallFilters(new URLSearchParams(query)).filters, context(), options);
  const bytes = Buffer.from(await new Response(exportStream(csv, () => {})).arrayBuffer());
  return { bytes, slices: csv.slices, rows: csv.rowsSent() };
}

const copiesRunning = async () =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY (%' AND pid <> pg_backend_pid()`)[0]!.n;

/** Open files of this process in the spool directory (a spool is unlinked at once, so it shows as deleted). */
const openSpools = () =>
  fs.readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(spoolDir);
    } catch {
      return false; // closed meanwhile
    }
  }).length;

describe("a split export", () => {
  it.each(["", "range=9d", "dmin=1"])("sends the single statement's bytes, whatever the slices (%s)", async (query) => {
    const single = await exportBytes(query, { streams: 1 });
    expect(single.slices).toBe(1);
    const lines = single.bytes.toString("utf8").split("\r\n");
    for (const half of [lines.slice(0, lines.length / 2), lines.slice(lines.length / 2)]) {
      expect(half.some((line) => line.includes(",reviewed,"))).toBe(true);
      expect(half.some((line) => line.includes("hardship"))).toBe(true);
    }
    expect(single.rows).toBeGreaterThan(2000); // past the match probe: the filters' own COPY
    for (const options of [{ streams: 2 }, { streams: 3 }, { streams: 2, bounds: [TIE] }, { streams: 2, bounds: [new Date(TIE.getTime() + 1)] }]) {
      const split = await exportBytes(query, options);
      expect(split.slices, JSON.stringify(options)).toBe(options.bounds ? 2 : options.streams);
      expect(split.rows).toBe(single.rows);
      expect(split.bytes.equals(single.bytes), JSON.stringify(options)).toBe(true);
    }
    expect(fs.readdirSync(spoolDir)).toEqual([]);
    expect(openSpools()).toBe(0);
  });

  it("keeps calls with the same ended_at together and in order across a bound", async () => {
    const { bytes } = await exportBytes("", { streams: 3, bounds: [new Date(TIE.getTime() + 1), TIE] });
    const ids = bytes.toString("utf8").split("\r\n").filter((line) => line.includes(TIE.toISOString())).map((line) => line.slice(0, 36));
    const expected = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls WHERE ended_at = ${TIE} ORDER BY id DESC`;
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  it("leaves no temporary file and no busy connection when the download is cut off", async () => {
    const csv = await openCallsExport(parseCallFilters({}).filters, context(), { streams: 3 });
    expect(csv.slices).toBe(3);
    const reader = exportStream(csv, () => {}).getReader();
    await reader.read(); // the head
    await reader.read();
    expect(openSpools()).toBe(2);
    await reader.cancel();
    expect(openSpools()).toBe(0);
    expect(fs.readdirSync(spoolDir)).toEqual([]);
    await expect.poll(() => copiesRunning(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => getPool().totalCount - getPool().idleCount, { timeout: 10_000 }).toBe(0);
  });

  it("takes at most half of the read pool, and other requests still get connections", async () => {
    const pool = getPool();
    const exports = [];
    for (let i = 0; i < 3; i++) exports.push(await openCallsExport(parseCallFilters({}).filters, context(), { streams: 8 }));
    try {
      // The first took 3 of the 6 connections; the others fewer (half of the pool kept free: a
      // later one gets a second slice only if a spool has finished and given its connection back).
      expect(exports[0]!.slices).toBe(3);
      expect(exports[1]!.slices).toBeLessThanOrEqual(2);
      expect(exports[2]!.slices).toBe(1);
      // Nobody reads them: each first slice holds its connection, blocked on a full socket (a
      // spool's is back in the pool once its slice is on disk).
      expect(pool.totalCount - pool.idleCount).toBeGreaterThanOrEqual(3);
      expect(pool.totalCount - pool.idleCount).toBeLessThanOrEqual(5);
      const started = performance.now();
      const answers = await Promise.all([1, 2, 3].map(() => getDb().$queryRaw<{ one: number }[]>`SELECT 1 AS one`));
      expect(answers.map((rows) => rows[0]!.one)).toEqual([1, 1, 1]);
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await Promise.all(exports.map((csv) => csv.cancel()));
    }
    expect(openSpools()).toBe(0);
    await expect.poll(() => pool.totalCount - pool.idleCount, { timeout: 10_000 }).toBe(0);
  });
});
