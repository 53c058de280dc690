// Pages while the database is down: the proxy answers 503 + Retry-After with the friendly page.
import { afterAll, describe, expect, it, vi } from "vitest";
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

  it("do not wait for the next check after a recent 'reachable': a database lost since answers 503 once it is known", async () => {
    await proxy.mode("up");
    resetReachability();
    expect(await pageAvailability()).toBeNull();
    await proxy.mode("hang");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 1500); // the last answer is older than a second: a new check starts
      const started = performance.now();
      expect(await pageAvailability()).toBeNull(); // served the last answer, without waiting for it
      expect(performance.now() - started).toBeLessThan(500);
      let status: number | undefined;
      for (let waited = 0; waited < 50 && status !== 503; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await pageAvailability())?.status;
      }
      expect(status).toBe(503);
    } finally {
      vi.useRealTimers();
    }
  });

  it("let pages render once it is back", async () => {
    await proxy.mode("up");
    resetReachability();
    expect(await pageAvailability()).toBeNull();
  });
});
