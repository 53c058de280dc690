// Reads cancelled at READ_STATEMENT_TIMEOUT_MS: the page's "too large" state, the route's 422;
// ingestion's own pool has no such timeout.
import { describe, expect, it } from "vitest";
import { getDb, getIngestPool } from "@/lib/db";
import { readErrorResponse, readView } from "./read-errors";

process.env.READ_STATEMENT_TIMEOUT_MS = "300";

const slowRead = () => getDb().$queryRaw`SELECT pg_sleep(2)::text`;

describe("read statement timeout", () => {
  it("gives a page the 'too large' state instead of an error", async () => {
    const started = Date.now();
    expect(await readView(slowRead)).toEqual({ ok: false, reason: "too_large" });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(await readView(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it("gives a route 422 view_too_large with a message saying to narrow the range", async () => {
    const error = await slowRead().catch((caught: unknown) => caught);
    const response = readErrorResponse(error);
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatchObject({ code: "view_too_large", message: expect.stringMatching(/Narrow the date range/) });
  });

  it("throws on anything else, for the error boundary", async () => {
    await expect(readView(() => getDb().$queryRaw`SELECT * FROM no_such_table`)).rejects.toThrow();
    expect(readErrorResponse(new Error("bug")).status).toBe(500);
  });

  it("does not limit the ingestion pool", async () => {
    const { rows } = await getIngestPool().query("SELECT current_setting('statement_timeout') AS t, pg_sleep(0.5)");
    expect(rows[0].t).toBe("0");
  });
});
