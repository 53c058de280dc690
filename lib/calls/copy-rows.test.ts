import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CALL_COPY_COLUMNS, callCopyLine, toCopyLine } from "./copy-rows";
import { generateCall } from "./generate";
import { toCallRecord } from "./call-record";

describe("toCopyLine", () => {
  it("escapes separators and writes NULL as \\N", () => {
    expect(toCopyLine(["a\tb\nc\\d\re", null, 3, new Date("2026-01-02T03:04:05.006Z")])).toBe(
      "a\\tb\\nc\\\\d\\re\t\\N\t3\t2026-01-02T03:04:05.006Z\n",
    );
  });
});

describe("callCopyLine", () => {
  it("loads into calls exactly what toCallRecord gives, including awkward text", async () => {
    const client = new pg.Client(process.env.DATABASE_URL);
    await client.connect();
    try {
      const call = generateCall(7, { seed: 3 });
      call.payload.summary = "tab\there, newline\nthere, backslash \\ and a quote '; promised $1,234.50 on Friday";
      const line = callCopyLine(call, "0190a8f0-0000-7000-8000-000000000001");
      await pipeline(Readable.from([line]), client.query(copyFrom(`COPY calls (${CALL_COPY_COLUMNS.join(", ")}) FROM STDIN`)));
      const { rows } = await client.query("SELECT * FROM calls");
      const record = toCallRecord(call.payload);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        provider_call_id: record.providerCallId,
        summary: call.payload.summary,
        outcome_key: record.outcomeKey,
        transcription: record.transcription,
        metadata: record.metadata,
        project_id: record.projectId,
        ended_at: call.endedAt,
        promise_amount_cents: "123450",
        promise_currency: "USD",
      });
      expect(JSON.parse(rows[0].raw_body)).toEqual(call.payload);
    } finally {
      await client.end();
    }
  });
});
