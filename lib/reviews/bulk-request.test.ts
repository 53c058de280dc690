// The list's bulk requests as the server action receives them: the selection is the submitted ids
// or the list's address, whose filters are read on the server exactly as the list reads them (the
// same calls the list shows, however the address is written); counts come from the database only.
import { beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { buildCallWhere } from "@/lib/calls/call-where";
import { parseCallFilters } from "@/lib/calls/filters";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { listCalls } from "@/lib/calls/list-calls";
import { parseListPosition } from "@/lib/calls/list-params";
import { getDb } from "@/lib/db";
import { createTestUser, TEST_ORIGIN } from "@/scripts/test/auth";
import type { ReviewActor } from "./actor";
import { MAX_BULK_IDS } from "./bulk";
import { countSelection, runBulkRequest } from "./bulk-request";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
let reviewer: ReviewActor;
let colleague: ReviewActor & { name: string };

async function count(query: string, as: ReviewActor = reviewer): Promise<number> {
  const { filters } = parseCallFilters(new URLSearchParams(query));
  const [row] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM calls WHERE ${buildCallWhere(filters, { ...context, userId: as.user.id })}`;
  return row!.n;
}

/** Every call id the list shows for `query`, page after page, as the signed-in reviewer. */
async function listed(query: string): Promise<string[]> {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  let { position } = parseListPosition(params, filters);
  const ids: string[] = [];
  for (;;) {
    const page = await listCalls(filters, { ...position, size: 100 }, { ...context, userId: reviewer.user.id });
    ids.push(...page.rows.map((row) => row.id));
    if (!page.next) return ids.sort();
    position = { ...position, after: page.next };
  }
}

const idsWhere = async (query: string) =>
  (await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls WHERE ${buildCallWhere(parseCallFilters(new URLSearchParams(query)).filters, { ...context, userId: reviewer.user.id })} ORDER BY id`).map((r) => r.id);

beforeAll(async () => {
  const calls = generateCalls(800, { seed: 21, now, spreadDays: 30 });
  await insertCalls(calls.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt })));
  reviewer = { user: await createTestUser("agent", { signedIn: false }), origin: TEST_ORIGIN };
  const user = await createTestUser("manager", { signedIn: false });
  const { name } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
  colleague = { user, origin: TEST_ORIGIN, name };
}, 120_000);

const nameOf = async (id: string) => (await getDb().user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;

describe("bulk requests on the list's filters", { timeout: 60_000 }, () => {
  it("act on exactly the calls the list shows for the submitted address, read on the server", async () => {
    const address = "/calls?outcome=payment_promise&range=7d&sort=oldest&size=50";
    const shown = await listed("outcome=payment_promise&range=7d&sort=oldest");
    expect(shown.length).toBeGreaterThan(10);
    expect(await countSelection({ kind: "filters", query: address }, reviewer, context)).toBe(shown.length);

    // A count the browser adds is not part of the request and changes nothing.
    const result = await runBulkRequest({ action: "mark_reviewed", selection: { kind: "filters", query: address }, count: 1 }, reviewer, context);
    expect(result).toMatchObject({ matched: shown.length, changed: shown.length, message: `Marked ${shown.length} calls reviewed.` });
    expect(await idsWhere("review=reviewed")).toEqual(shown);

    // Again, with the query alone: all already were.
    const again = await runBulkRequest({ action: "mark_reviewed", selection: { kind: "filters", query: "outcome=payment_promise&range=7d" } }, reviewer, context);
    expect(again.message).toBe(`Marked 0 calls reviewed (${shown.length} already were).`);
  });

  it("reads the review and disclosure filters of the address for the signed-in user", async () => {
    const missing = await idsWhere("disclosure=missing");
    const n = missing.length;
    expect(n).toBeGreaterThan(5);
    expect(await count("disclosure=found")).toBeGreaterThan(n);
    const assigned = await runBulkRequest({ action: "assign", selection: { kind: "filters", query: "disclosure=missing" }, assigneeId: "me" }, reviewer, context, nameOf);
    expect(assigned.message).toBe(`Assigned ${n} calls to you.`);
    expect(await idsWhere("assignee=me")).toEqual(missing);

    // "me" in the address is whoever sends it: the colleague's own (none) here.
    expect(await countSelection({ kind: "filters", query: "assignee=me" }, colleague, context)).toBe(0);
    expect(await countSelection({ kind: "filters", query: "assignee=me" }, reviewer, context)).toBe(n);

    // Of the calls now mine, those not reviewed (some payment promises were marked reviewed above).
    const mineNotReviewed = await count("assignee=me&review=not_reviewed");
    expect(mineNotReviewed).toBeGreaterThan(0);
    const handed = await runBulkRequest({ action: "assign", selection: { kind: "filters", query: "assignee=me&review=not_reviewed" }, assigneeId: colleague.user.id }, reviewer, context, nameOf);
    expect(handed).toMatchObject({ matched: mineNotReviewed, changed: mineNotReviewed });
    expect(handed.message).toBe(`Assigned ${handed.changed} calls to ${colleague.name}.`);
    expect(await count(`assignee=${colleague.user.id}`)).toBe(handed.changed);

    const unassigned = await runBulkRequest({ action: "assign", selection: { kind: "filters", query: "disclosure=missing" }, assigneeId: null }, reviewer, context, nameOf);
    expect(unassigned).toMatchObject({ matched: n, changed: n, message: `Unassigned ${n} calls.` });
    expect(await count("assignee=nobody&disclosure=missing")).toBe(n);
  });

  it("act on the submitted ids only", async () => {
    const ids = (await idsWhere("review=not_reviewed")).slice(0, 2);
    const marked = await runBulkRequest({ action: "mark_reviewed", selection: { kind: "ids", ids } }, reviewer, context);
    expect(marked.message).toBe("Marked 2 calls reviewed.");
    const [first] = ids;
    expect((await runBulkRequest({ action: "mark_reviewed", selection: { kind: "ids", ids: [first!] } }, reviewer, context)).message).toBe("Marked 0 calls reviewed (1 already was).");
    const tagged = await runBulkRequest({ action: "tag", selection: { kind: "ids", ids }, tag: "Supervisor requested" }, reviewer, context);
    expect(tagged.message).toBe("Tagged 2 calls “supervisor-requested”.");
    expect(await idsWhere("tag=supervisor-requested")).toEqual([...ids].sort());
    expect(await countSelection({ kind: "ids", ids }, reviewer, context)).toBe(2);
  });

  it.each([
    ["no ids", { action: "mark_reviewed", selection: { kind: "ids", ids: [] } }],
    ["an id that is not a call id", { action: "mark_reviewed", selection: { kind: "ids", ids: ["1 OR 1=1"] } }],
    ["too many ids", { action: "mark_reviewed", selection: { kind: "ids", ids: Array.from({ length: MAX_BULK_IDS + 1 }, () => crypto.randomUUID()) } }],
    ["an unknown action", { action: "delete", selection: { kind: "ids", ids: [crypto.randomUUID()] } }],
    ["an unknown selection", { action: "mark_reviewed", selection: { kind: "everything" } }],
    ["an empty tag", { action: "tag", selection: { kind: "filters", query: "" }, tag: "" }],
    ["a tag without a letter", { action: "tag", selection: { kind: "filters", query: "" }, tag: "!!!" }],
  ])("refuse %s, changing nothing", async (_, input) => {
    const before = await count("review=reviewed");
    await expect(runBulkRequest(input, reviewer, context)).rejects.toBeDefined();
    expect(await count("review=reviewed")).toBe(before);
  });

  it("refuse an assignee who is not an active user", async () => {
    const [id] = await idsWhere("");
    await expect(runBulkRequest({ action: "assign", selection: { kind: "ids", ids: [id!] }, assigneeId: "someone-else" }, reviewer, context)).rejects.toMatchObject({ status: 422 });
  });
});
