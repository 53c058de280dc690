// Pages while the database is down: the proxy answers 503 + Retry-After with the friendly page.
import { afterAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { resetReachability } from "@/lib/db/reachability";
import { startDatabaseProxy } from "@/lib/webhooks/levers/database-proxy";
import { pageAvailability, UNAVAILABLE_PATH } from "./page-availability";

const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
process.env.DATABASE_URL = proxy.url;
process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
afterAll(() => proxy.close());

const pages = ["/calls", "/calls/0190a8f0-0000-7000-8000-000000000001", "/analytics?range=7d", "/webhooks", "/calls/0190a8f0-0000-7000-8000-000000000001/next"];

describe("pages while the database is unreachable", () => {
  for (const mode of ["down", "hang"] as const) {
    it(`answer 503 with the friendly page when it is ${mode}, every page the same way`, async () => {
      await proxy.mode(mode);
      resetReachability();
      for (const path of pages) {
        const started = Date.now();
        const response = await pageAvailability(new NextRequest(`http://localhost${path}`));
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe(UNAVAILABLE_PATH);
        expect(Date.now() - started).toBeLessThan(5000);
      }
    });
  }

  it("let pages render once it is back", async () => {
    await proxy.mode("up");
    resetReachability();
    const response = await pageAvailability(new NextRequest("http://localhost/calls"));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
  });
});
