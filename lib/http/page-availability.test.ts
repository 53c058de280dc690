// Pages while the database is down: the proxy answers 503 + Retry-After with the friendly page.
import { afterAll, describe, expect, it } from "vitest";
import { resetReachability } from "@/lib/db/reachability";
import { startDatabaseProxy } from "@/lib/webhooks/levers/database-proxy";
import { pageAvailability } from "./page-availability";
import { UNAVAILABLE_TITLE } from "./unavailable-page";

const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
process.env.DATABASE_URL = proxy.url;
process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
afterAll(() => proxy.close());

describe("pages while the database is unreachable", () => {
  for (const mode of ["down", "hang"] as const) {
    it(`answer 503 with the friendly page when it is ${mode}, the same for every page`, async () => {
      await proxy.mode(mode);
      resetReachability();
      const started = Date.now();
      const response = (await pageAvailability())!;
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain(UNAVAILABLE_TITLE);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  }

  it("let pages render once it is back", async () => {
    await proxy.mode("up");
    resetReachability();
    expect(await pageAvailability()).toBeNull();
  });
});
