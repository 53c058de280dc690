// Every filter of the list, alone and combined, gives the same analytics whichever way the page
// reads them (the roll-up, the roll-up minus some calls, the calls) as reading the calls plainly,
// and the totals equal a plain count of the matching calls. Reviews, assignees, tags and
// corrections are added to generated calls, so the review filters have something to select.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere } from "@/lib/calls/call-where";
import { toCallRecord } from "@/lib/calls/call-record";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getAnalytics } from "./get-analytics";
import { planPeriod, type PeriodPlan } from "./period-source";

const now = new Date("2026-11-30T12:00:00Z");
const REVIEWER = "every-filter-reviewer";
let account = "";

beforeAll(async () => {
  const calls = generateCalls(1_500, { seed: 23, now, spreadDays: 100 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  await getDb().$executeRaw`INSERT INTO users (id, name, email, role) VALUES (${REVIEWER}, 'Reviewer', 'every-filter@example.invalid', 'agent')`;
  // About one call in eight reviewed (a tenth of those needs follow-up), a third of those assigned,
  // a fifth tagged, one in four corrected; a few assigned without being reviewed yet. Chosen by a
  // hash of the provider's call id, which the seed decides (our own ids are new at every run), so
  // every run has the same reviews.
  await getDb().$executeRaw`
    INSERT INTO call_reviews (call_id, status, assignee_id)
    SELECT id, CASE WHEN h % 80 = 0 THEN 'needs_follow_up' WHEN h % 8 = 0 THEN 'reviewed' ELSE 'not_reviewed' END,
           CASE WHEN h % 3 = 0 THEN ${REVIEWER} END
    FROM (SELECT id, abs(hashtext(provider_call_id)) AS h FROM calls) c WHERE h % 8 = 0 OR h % 31 = 0`;
  await getDb().$executeRaw`
    INSERT INTO call_tags (call_id, tag) SELECT r.call_id, CASE WHEN abs(hashtext(c.provider_call_id || 't')) % 2 = 0 THEN 'hardship' ELSE 'complaint' END
    FROM call_reviews r JOIN calls c ON c.id = r.call_id WHERE abs(hashtext(c.provider_call_id || 'g')) % 5 = 0`;
  await getDb().$executeRaw`
    UPDATE calls SET reviewed_outcome_key = 'dispute', reviewed_outcome = 'Dispute',
                     reviewed_sentiment_key = CASE WHEN abs(hashtext(provider_call_id)) % 2 = 0 THEN 'negative' END
    WHERE id IN (SELECT r.call_id FROM call_reviews r JOIN calls c ON c.id = r.call_id
                 WHERE r.status <> 'not_reviewed' AND abs(hashtext(c.provider_call_id || 'c')) % 4 = 0)`;
  const [row] = await getDb().$queryRaw<{ account: string }[]>`SELECT metadata->'requestMetadata'->>'extra_id' AS account FROM calls LIMIT 1`;
  account = row!.account;
}, 300_000);

// Each with the plan the page uses for it: the test fails if a view silently falls back to the calls.
const CASES: [string, PeriodPlan][] = [
  ["range=90d", "cube"],
  ["range=90d&pstatus=fail", "cube"],
  ["range=90d&pstatus=pass&dstatus=fail&outcome=no_answer", "cube"],
  ["range=90d&dmin=0", "cube"],
  ["range=90d&dmin=60&dmax=119", "cube"],
  ["range=90d&dmax=29", "cube"],
  ["range=90d&dmin=600", "cube"],
  ["range=90d&labels=ai&outcome=payment_promise", "cube"],
  ["range=90d&ai_outcome=payment_promise&outcome=dispute", "cube"],
  ["range=90d&corrected=yes", "cube"],
  ["range=90d&corrected=no&sentiment=negative", "cube"],
  ["range=90d&review=not_reviewed", "cube-and-calls"],
  ["range=90d&review=not_reviewed,needs_follow_up&project=proj_collections_us", "cube-and-calls"],
  ["range=90d&assignee=nobody", "cube-and-calls"],
  ["range=90d&assignee=nobody,me&labels=ai", "cube-and-calls"],
  ["range=90d&review=not_reviewed&assignee=nobody&dmin=60&dmax=119&pstatus=pass", "cube-and-calls"],
  ["range=all&review=not_reviewed", "cube-and-calls"],
  ["range=90d&review=reviewed", "calls"],
  ["range=90d&review=needs_follow_up&labels=ai", "calls"],
  ["range=90d&assignee=me", "calls"],
  [`range=90d&assignee=${REVIEWER}`, "calls"],
  ["range=90d&tag=hardship", "calls"],
  ["range=90d&tag=hardship&review=not_reviewed", "calls"],
  ["range=90d&q=friday", "calls"],
  ["range=90d&q=pay&outcome=payment_promise", "calls"],
  ["range=90d&q=%22payment link%22", "calls"],
  ["range=90d&q=pay -pay", "calls"],
  ["range=90d&phone=44", "calls"],
  ["range=90d&phone=%2B4477", "calls"],
  ["range=90d&dmin=400", "cube-and-calls"],
  ["range=90d&dmin=60&dmax=90", "cube-and-calls"],
  ["range=90d&dmin=700", "cube-and-calls"],
  ["range=90d&dmax=45", "cube-and-calls"],
  ["range=90d&dmin=35&dmax=40", "cube-and-calls"],
  ["range=90d&dmin=10&dmax=650&outcome=payment_promise", "cube-and-calls"],
  ["range=90d&dmin=400&review=not_reviewed", "cube-and-calls"],
  ["range=all&dmin=31&assignee=nobody&pstatus=pass", "cube-and-calls"],
  ["range=90d&q=pay&review=not_reviewed&dmin=60", "calls"],
  ["range=30d&phone=971&pstatus=pass&sentiment=negative", "calls"],
];

describe("the analytics for every filter", () => {
  for (const timeZone of ["Europe/Berlin", "UTC"]) {
    it(`equal the plain reading of the calls in ${timeZone}`, async () => {
      const cases: [string, PeriodPlan][] = [...CASES, ["range=90d&meta=extra_id:" + account, "calls"]];
      for (const [query, plan] of cases) {
        const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
        expect(planPeriod(filters, true), query).toBe(plan);
        const context = { now, timeZone, grain: "week" as const, userId: REVIEWER };
        const plain = await getAnalytics(filters, { ...context, rollUp: false });
        const planned = await getAnalytics(filters, context);
        expect(planned, query).toEqual(plain);
        // As the page reads a period of the calls: one matched set, shared with a second statement
        // (the promise groups; here the count and a checksum of the ids of every call it selects).
        const shared = await getAnalytics(filters, { ...context, promises: (matching) => Prisma.sql`
          SELECT count(*)::int AS n, coalesce(sum(hashtext(p.call_id::text)), 0)::bigint::text AS ids FROM (SELECT id AS call_id FROM calls) p WHERE ${matching}` });
        expect({ ...shared, promiseGroups: null }, `${query}, shared`).toEqual(plain);
        if (plan === "calls") {
          const [ofCalls] = await getDb().$queryRaw<{ n: number; ids: string }[]>`
            SELECT count(*)::int AS n, coalesce(sum(hashtext(id::text)), 0)::bigint::text AS ids FROM calls
            WHERE ${buildCallWhere(filters, { now, timeZone, userId: REVIEWER })}`;
          expect(shared.promiseGroups, `${query}, the shared set`).toEqual([ofCalls]);
        } else expect(shared.promiseGroups, query).toBeNull();
        const [count] = await getDb().$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM calls WHERE ${buildCallWhere(filters, { now, timeZone, userId: REVIEWER })}`;
        expect(planned.totals.calls, query).toBe(count!.n);
      }
    }, 300_000);
  }

  it("select something in most cases (the comparison is not of empty views)", async () => {
    let nonEmpty = 0;
    for (const [query] of CASES) {
      const { filters } = parseCallFilters(new URLSearchParams(query), { range: "30d" });
      const data = await getAnalytics(filters, { now, timeZone: "UTC", grain: "week", userId: REVIEWER });
      if (data.totals.calls > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(CASES.length - 3);
  }, 300_000);
});
