// Odd URLs: a NUL or an out-of-range number in any parameter or cursor is dropped with a notice,
// and the list, the call page's previous/next and the export still answer (on a real PostgreSQL).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as next } from "@/app/calls/[id]/next/route";
import { GET as previous } from "@/app/calls/[id]/previous/route";
import { getDb } from "@/lib/db";
import { createTestUser, withCookie } from "@/scripts/test/auth";
import { toCallRecord } from "./call-record";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { listCalls } from "./list-calls";
import { encodeCursor, parseListPosition } from "./list-params";

const now = new Date();
const id = "0190a8f0-0000-7000-8000-000000000001";
let callId = "";

let cookie = "";

beforeAll(async () => {
  cookie = (await createTestUser("agent")).cookie;
  const calls = generateCalls(30, { seed: 3, now, spreadDays: 5 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  callId = (await getDb().call.findFirstOrThrow({ select: { id: true } })).id;
});

const cases: [string, string, RegExp][] = [
  ["a NUL in q", "q=pay%00", /Ignored q "pay␀": it contains a NUL character/],
  ["a NUL in project", "project=proj%00_1", /Ignored project "proj␀_1"/],
  ["a NUL in meta", "meta=campaign:spring%00", /Ignored meta "campaign:spring␀"/],
  ["a NUL in pstatus", "pstatus=%00", /Ignored pstatus "␀"/],
  ["a NUL in dstatus", "dstatus=pass%00", /Ignored dstatus "pass␀"/],
  ["a NUL in outcome", "outcome=wrong%00number", /Ignored outcome "wrong␀number"/],
  ["a NUL in the date range", "from=2026-01-01%00", /Ignored from/],
  ["a NUL in sort", "sort=oldest%00", /Ignored sort "oldest␀"/],
  ["a NUL in the cursor", "after=abc%00", /Ignored after/],
  ["a duration beyond int4", "dmin=99999999999", /Ignored minimum duration "99999999999": expected whole seconds/],
  ["a maximum duration beyond int4", "dmax=2147483648", /Ignored maximum duration/],
  ["a duration cursor beyond int4", `sort=longest&after=${encodeCursor({ d: 2 ** 31, id })}`, /page position in the link was not readable/],
  ["a huge duration cursor", `sort=shortest&before=${encodeCursor({ d: 1e300, id })}`, /page position in the link was not readable/],
  ["a time cursor before year 1", `after=${encodeCursor({ t: "0000-06-01T00:00:00.000Z", id })}`, /page position in the link was not readable/],
  ["an offset cursor beyond its bound", `q=pay&sort=relevance&after=${encodeCursor({ o: 2 ** 40 })}`, /page position in the link was not readable/],
];

describe("odd URLs", () => {
  for (const [name, query, notice] of cases) {
    it(`drops ${name} with a notice; the list, next/previous and the export answer`, async () => {
      const params = new URLSearchParams(query);
      const { filters, notices } = parseCallFilters(params);
      const { position, notices: positionNotices } = parseListPosition(params, filters);
      expect([...notices, ...positionNotices].join("\n")).toMatch(notice);
      const page = await listCalls(filters, position, { now, timeZone: "UTC" });
      expect(page.rows.length).toBeGreaterThan(0);
      for (const step of [next, previous]) {
        const response = await step(withCookie(`http://localhost/calls/${callId}/x?${query}`, cookie), { params: Promise.resolve({ id: callId }) });
        expect(response.status).toBe(303);
      }
    });
  }

  it("answers 404 for an unknown or malformed call on next/previous", async () => {
    for (const unknown of [id, "not-a-uuid", "%00"]) {
      const response = await next(withCookie(`http://localhost/calls/${unknown}/next`, cookie), { params: Promise.resolve({ id: unknown }) });
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Call not found");
    }
  });
});
