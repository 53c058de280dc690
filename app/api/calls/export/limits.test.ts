// The export's limits: a search that matches nothing ends after the probe, and at most
// EXPORT_CONCURRENCY exports run at once (others: 429 + Retry-After).
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { createTestUser, withCookie } from "@/scripts/test/auth";
import { GET } from "./route";

let cookie = "";

process.env.EXPORT_CONCURRENCY = "2";

beforeAll(async () => {
  cookie = (await createTestUser("manager")).cookie;
  const calls = generateCalls(2500, { seed: 5, now: new Date(), spreadDays: 10 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
});

const exportRequest = (query = "") => withCookie(`http://localhost/api/calls/export?${query}`, cookie);

describe("GET /api/calls/export: limits", () => {
  it("ends at once with just the header for a search that matches nothing (q=pay -pay)", async () => {
    const started = performance.now();
    const response = await GET(exportRequest(new URLSearchParams({ q: "pay -pay" }).toString()), {});
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text.trim().split("\r\n")).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("answers 429 with Retry-After beyond EXPORT_CONCURRENCY, and frees the slot when an export ends", async () => {
    const running = [await GET(exportRequest(), {}), await GET(exportRequest(), {})];
    expect(running.map((r) => r.status)).toEqual([200, 200]);

    const refused = await GET(exportRequest(), {});
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({ code: "too_many_exports", message: expect.any(String) });

    await running[0]!.body!.cancel(); // the client went away
    const rows = (await running[1]!.text()).trim().split("\r\n"); // read to the end
    expect(rows).toHaveLength(2501);
    const next = await GET(exportRequest("outcome=wrong_number"), {});
    expect(next.status).toBe(200);
    await next.text();
    expect((await GET(exportRequest("outcome=no_such"), {})).status).toBe(200);
  });

  it("ignores a NUL in a filter instead of failing", async () => {
    const response = await GET(exportRequest("q=pay%00&project=a%00b"), {});
    expect(response.status).toBe(200);
    expect((await response.text()).trim().split("\r\n")).toHaveLength(2501);
  });
});
