// The database down before or during an export: 503 before any header, or a last line saying the
// file is incomplete, never a silent cut. The app reaches PostgreSQL through a proxy the test cuts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { openCallsExport } from "@/lib/calls/export-calls";
import { exportStream } from "@/lib/calls/export-stream";
import { parseCallFilters } from "@/lib/calls/filters";
import { insertCalls } from "@/lib/calls/insert-calls";
import { startDatabaseProxy } from "@/lib/webhooks/levers/database-proxy";
import { createTestUser, withCookie } from "@/scripts/test/auth";
import { GET } from "./route";

let cookie = "";

const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
process.env.DATABASE_URL = proxy.url;
process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
afterAll(() => proxy.close());

beforeAll(async () => {
  cookie = (await createTestUser("manager")).cookie;
  const calls = generateCalls(2500, { seed: 9, now: new Date(), spreadDays: 10 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});

const exportRequest = () => withCookie("http://localhost/api/calls/export", cookie);

describe("GET /api/calls/export: database unavailable", () => {
  it("answers 503 + Retry-After, before any CSV header, when the database is down", async () => {
    await proxy.mode("down");
    const response = await GET(exportRequest(), {});
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("storage_unavailable");
    await proxy.mode("up");
  });

  it("ends with an error line when the database goes away midway", async () => {
    await proxy.mode("up");
    const response = await GET(exportRequest(), {});
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value); // the header and the first rows
    await proxy.mode("down");
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
    const lines = text.trim().split("\r\n");
    const failure = lines.at(-1)!.match(/^"?EXPORT FAILED: stopped after (\d+) rows because the database stopped answering\. This file is incomplete/);
    expect(failure).not.toBeNull();
    const rows = Number(failure![1]);
    expect(rows).toBeLessThan(2500);
    // The header, the rows counted, perhaps one row cut midway (closed before the error line), the error line.
    expect(lines.length - 2 - rows).toBeGreaterThanOrEqual(0);
    expect(lines.length - 2 - rows).toBeLessThanOrEqual(1);
    await proxy.mode("up");
  });

  it("ends with an error line when the database stops sending for longer than the read timeout", async () => {
    await proxy.mode("up");
    const context = { now: new Date(), timeZone: "UTC" };
    const csv = await openCallsExport(parseCallFilters({}).filters, context, { idleLimitMs: 1000 });
    const response = new Response(exportStream(csv, () => {}));
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    proxy.stall();
    const started = performance.now();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text.trim().split("\r\n").at(-1)).toMatch(/^"?EXPORT FAILED: stopped after \d+ rows because a query took longer than the read timeout/);
    await proxy.mode("up");
  });
});
