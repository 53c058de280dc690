import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { createTestUser, withCookie, type TestUser } from "@/scripts/test/auth";
import { GET } from "./route";

const now = new Date();
const calls = generateCalls(2500, { seed: 21, now, spreadDays: 10 }).map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt }));
calls[0]!.record.summary = '=HYPERLINK("http://evil.example","click")';
calls[0]!.record.outcomeKey = "wrong_number";
calls[1]!.record.summary = "@SUM(1,2)\nsecond line, with comma";
calls[1]!.record.outcomeKey = "wrong_number";

let manager: TestUser;

beforeAll(async () => {
  await insertCalls(calls);
  manager = await createTestUser("manager");
});

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

const runningCopies = async () =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY (%' AND pid <> pg_backend_pid()`)[0]!.n;

async function exportCsv(query: string) {
  const response = await GET(withCookie(`http://localhost/api/calls/export?${query}`, manager.cookie), {});
  // response.text() would drop the BOM: decode by hand to see what Excel sees.
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

describe("GET /api/calls/export", () => {
  it("streams every matching call, across batches, with a BOM and one header row", async () => {
    const { response, text } = await exportCsv("");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="calls-.*\.csv"/);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 3)).toEqual(["id", "ended_at", "number_from"]);
    expect(rows).toHaveLength(calls.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(calls.length);
    const times = rows.map((r) => r[1]!);
    expect(times.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(t))).toBe(true);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("has exactly the filtered rows and neutralises formulas", async () => {
    const { text } = await exportCsv("outcome=wrong_number");
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(calls.filter((c) => c.record.outcomeKey === "wrong_number").length);
    const summary = header!.indexOf("summary");
    const summaries = rows.map((r) => r[summary]);
    expect(summaries).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(summaries).toContain("'@SUM(1,2)\nsecond line, with comma");
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it("answers with just the header when nothing matches", async () => {
    const { text } = await exportCsv("outcome=no_such_outcome");
    expect(parseCsv(text.slice(1))).toHaveLength(1);
  });

  it("writes one audit event when the export ends, with its filters and the rows sent", async () => {
    const { text } = await exportCsv("outcome=wrong_number");
    const rows = parseCsv(text.slice(1)).length - 1;
    const events = await getDb().auditEvent.findMany({ where: { action: "calls.exported", actorId: manager.id }, orderBy: { id: "desc" } });
    expect(events[0]).toMatchObject({ actorEmail: manager.email, details: { filters: "outcome=wrong_number", rows, completed: true } });
  });

  it("records the rows actually sent when the download is cut off, and stops the query", async () => {
    const response = await GET(withCookie("http://localhost/api/calls/export", manager.cookie), {});
    const reader = response.body!.getReader();
    const { value } = await reader.read(); // the header row and the first rows, read before the response started
    const sent = new TextDecoder().decode(value).split("\r\n").length - 2; // complete rows after the header
    await reader.cancel();
    const [event] = await getDb().auditEvent.findMany({ where: { action: "calls.exported", actorId: manager.id }, orderBy: { id: "desc" }, take: 1 });
    expect(event!.details).toMatchObject({ rows: sent, completed: false, end: "cancelled" });
    expect(sent).toBeLessThan(calls.length);
    // The COPY, blocked on a client that no longer reads, is cancelled instead of holding its backend.
    await expect.poll(() => runningCopies(), { timeout: 10_000 }).toBe(0);
  });
});
