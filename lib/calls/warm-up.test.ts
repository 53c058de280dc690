import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { getSessionUser } from "@/lib/auth/session";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { toCallRecord } from "./call-record";
import { buildCallWhere } from "./call-where";
import { countByLabel, queryLabelCounts } from "./label-counts";
import { NO_SESSION, warmListReads, warmUpCallPages } from "./warm-up";

const timeZone = "UTC";

describe("the start-up warm-up", () => {
  it("fills the option counts' memo the list page reads", async () => {
    const arrive = (count: number, seed: number) =>
      insertCalls(generateCalls(count, { seed, now: new Date(), spreadDays: 3 }).map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
    const { filters } = parseCallFilters({});
    const context = { now: new Date(), timeZone };
    await arrive(40, 5);
    const before = await queryLabelCounts("outcome_key", buildCallWhere(filters, context));
    await warmListReads(timeZone);
    await arrive(5, 6);
    // The page's first read gets the warm-up's answer (memoised, 30 s), not a count made now.
    expect(await countByLabel("outcome_key", filters, context)).toEqual(before);
    expect(await queryLabelCounts("outcome_key", buildCallWhere(filters, context))).not.toEqual(before);
  });

  it("asks for the list and a call page with a cookie that is no session, waiting for the server to listen", async () => {
    const seen: { url: string; cookie: string }[] = [];
    const server = createServer((request, response) => {
      seen.push({ url: request.url ?? "", cookie: request.headers.cookie ?? "" });
      response.writeHead(307, { Location: "/login" }).end();
    });
    // Not listening yet: the first attempts fail, then the server comes up.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    setTimeout(() => server.listen(port, "127.0.0.1"), 150);
    try {
      await warmUpCallPages({ base: `http://127.0.0.1:${port}`, delayMs: 50 });
    } finally {
      server.close();
    }
    expect(seen.map((s) => s.url)).toEqual(["/calls", "/calls/00000000-0000-4000-8000-000000000000"]);
    expect(seen.every((s) => s.cookie === NO_SESSION)).toBe(true);
    expect(await getSessionUser(new Headers({ cookie: NO_SESSION }))).toBeNull();
  });
});
