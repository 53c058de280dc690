// The Compliance page's reads and writes on hand-made calls: flagged calls by contact, day and
// project; the disclosure counts; an exception and its audit event; the search box's lookup.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { backfillContacts } from "@/lib/contacts/backfill";
import { findContactForQuery } from "@/lib/contacts/find-contact";
import { parseComplianceParams } from "./compliance-params";
import { getComplianceReport, getDisclosureCounts, periodOf } from "./compliance-report";
import { markCallingException, removeCallingException } from "./exceptions";
import { ensureCallingRules } from "./rules-state";
import { insertFixtureCalls, localTime, testSettings } from "./test-fixtures";

const settings = testSettings({ timeZone: "America/New_York", accountKeyName: "extra_id" });
const now = localTime("2026-11-30 12:00", settings.timeZone);
const disclosed = "AI: Hello, is this Ana?\nCustomer: Yes.\nAI: This is an attempt to collect a debt.\nCustomer: Ok.";
const undisclosed = "AI: Hello, is this Ana?\nCustomer: Yes.\nAI: About your account.\nCustomer: Ok.";
let ids: string[] = [];

beforeAll(async () => {
  ids = await insertFixtureCalls(
    [
      { number: "+12125550160", at: "2026-11-25 10:00", outcome: "PAYMENT PROMISE", account: "a1", project: "proj_a", transcript: disclosed },
      { number: "+12125550160", at: "2026-11-26 10:00", delivered: false, account: "a1", project: "proj_a" },
      { number: "+12125550160", at: "2026-11-27 10:00", outcome: "NOT INTERESTED", account: "a1", project: "proj_a", transcript: undisclosed },
      { number: "+12125550160", at: "2026-11-27 11:00", delivered: false, account: "a2", project: "proj_a" },
      ...Array.from({ length: 8 }, (_, i) => ({ number: "+442079460000", at: `2026-11-2${i % 4} 0${i}:00`, delivered: false, account: "b1", project: "proj_b" })),
    ],
    settings,
  );
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  await backfillContacts(client, settings);
  await client.end();
  await ensureCallingRules(settings);
});

describe("the Compliance page's figures", () => {
  const params = parseComplianceParams({ range: "30d" });
  const period = () => periodOf(params, now, settings.timeZone);

  it("counts flagged calls per contact, day and project", async () => {
    const summary = await getComplianceReport(params, period(), settings.timeZone);
    expect(summary.totals).toEqual({ flagged: 3, overLimit: 1, afterConversation: 2, excepted: 0, contacts: 2 });
    expect(summary.projects).toEqual([
      { projectId: "proj_a", flagged: 2, overLimit: 0, afterConversation: 2 },
      { projectId: "proj_b", flagged: 1, overLimit: 1, afterConversation: 0 },
    ]);
    expect(summary.days.map((d) => [d.day, d.flagged])).toEqual([["2026-11-23", 1], ["2026-11-26", 1], ["2026-11-27", 1]]);
    const { contacts } = summary;
    expect(contacts.map((c) => [c.number, c.account, c.flagged, c.calls.length])).toEqual([
      ["+12125550160", "a1", 2, 2],
      ["+442079460000", "b1", 1, 1],
    ]);
    expect(contacts[1]?.calls[0]).toMatchObject({ attempts: 8, overLimit: true });
  });

  it("filters by project and counts conversations without a disclosure", async () => {
    const onlyB = parseComplianceParams({ range: "30d", project: "proj_b" });
    expect((await getComplianceReport(onlyB, periodOf(onlyB, now, settings.timeZone), settings.timeZone)).totals.flagged).toBe(1);
    expect(await getDisclosureCounts(params, period(), settings)).toEqual([{ projectId: "proj_a", missing: 1, checked: 2 }]);
  });

  it("marks a flagged call as excepted, audited, and refuses a call that is not flagged", async () => {
    const user = { id: "u1", email: "reviewer@example.com" };
    const origin = { ipAddress: null, userAgent: null };
    expect(await markCallingException({ callId: ids[0]!, reason: "not flagged" }, user, origin)).toBe(false);
    expect(await markCallingException({ callId: ids[2]!, reason: "Consumer called us back" }, user, origin)).toBe(true);
    expect((await getComplianceReport(params, period(), settings.timeZone)).totals.excepted).toBe(1);
    const event = await getDb().auditEvent.findFirst({ where: { action: "compliance.exception_marked", targetId: ids[2] } });
    expect(event).toMatchObject({ actorEmail: "reviewer@example.com", details: { reason: "Consumer called us back" } });
    expect(await removeCallingException(ids[2]!, user, origin)).toBe(true);
    expect(await getDb().auditEvent.count({ where: { action: "compliance.exception_removed" } })).toBe(1);
  });
});

describe("findContactForQuery", () => {
  it("finds a contact from a number typed in any format, and an account id", async () => {
    expect(await findContactForQuery("(212) 555-0160", settings)).toEqual([{ kind: "number", label: "+1 212-555-0160", href: "/contacts/%2B12125550160", calls: 4 }]);
    expect(await findContactForQuery("+44 20 7946 0000", settings)).toMatchObject([{ kind: "number", calls: 8 }]);
    expect(await findContactForQuery("a2", settings)).toEqual([{ kind: "account", label: "extra_id a2", href: "/contacts/account/a2", calls: 1 }]);
    expect(await findContactForQuery("pay friday", settings)).toEqual([]);
    expect(await findContactForQuery("(212) 555-9999", settings)).toEqual([]);
  });
});
