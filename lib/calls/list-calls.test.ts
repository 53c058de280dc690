import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { toCallRecord, type CallRecord } from "./call-record";
import { parseCallFilters } from "./filters";
import { generateCalls } from "./generate";
import { insertCalls } from "./insert-calls";
import { listCalls } from "./list-calls";
import { parseListPosition, type ListPosition } from "./list-params";
import { PROBE_LIMIT } from "./match-probe";

const now = new Date("2026-11-30T12:00:00Z");
const context = { now, timeZone: "UTC" };
const generated = generateCalls(120, { seed: 11, now, spreadDays: 20 });
type Fixture = { record: CallRecord; endedAt: Date };
const fixtures: Fixture[] = generated.map(({ payload, endedAt }) => ({ record: toCallRecord(payload), endedAt }));
// A call whose transcript holds a rare phrase, to search for.
fixtures[5]!.record.transcription = "AI: Can you pay?\nCustomer: I will pay after the harvest festival, promise.";
fixtures[5]!.record.summary = "Promised to pay after the harvest festival.";
fixtures[6]!.record.transcription = "AI: Hello.\nCustomer: The festival is on Sunday.";
// The disclosure check's three states: none found, found, and never checked (no AI turns).
Object.assign(fixtures[9]!.record, { disclosureFound: false });
Object.assign(fixtures[11]!.record, { disclosureFound: null });
// Calls without a summary: one with the AI's reasoning, one with neither.
const GREETING = "AI: Hello, this is an automated assistant calling on behalf of Crescent Bank. Am I speaking with Maria?";
Object.assign(fixtures[7]!.record, { summary: null, callOutputReasoning: "The customer asked to be called back on Monday.", transcription: `${GREETING}\nCustomer: Monday please.` });
Object.assign(fixtures[8]!.record, { summary: null, callOutputReasoning: null, transcription: `${GREETING}\nAI: Hello?\nCustomer: Who gave you this number?` });

const extraIdOf = (f: Fixture) => String((f.record.metadata as { requestMetadata?: Record<string, unknown> }).requestMetadata?.extra_id);

let idsByCallId = new Map<string, string>();

beforeAll(async () => {
  await insertCalls(fixtures);
  const rows = await getDb().call.findMany({ select: { id: true, providerCallId: true } });
  idsByCallId = new Map(rows.map((r) => [r.providerCallId, r.id]));
});

// The list's order: newest first, ties (the generator gives some calls the same end time) by id, descending.
const idsOf = (list: Fixture[]) =>
  list
    .map((f) => ({ at: f.endedAt.getTime(), id: idsByCallId.get(f.record.providerCallId) ?? "" }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((row) => row.id);

async function everyPage(query: string): Promise<string[]> {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  let { position } = parseListPosition(params, filters);
  const seen: string[] = [];
  for (let pages = 0; pages < 200; pages++) {
    const page = await listCalls(filters, position, context);
    seen.push(...page.rows.map((r) => r.id));
    if (!page.next) return seen;
    position = { ...position, after: page.next };
  }
  throw new Error("too many pages");
}

describe("listCalls filters", () => {
  const day = (iso: Date) => iso.toISOString().slice(0, 10);
  it.each<[string, (f: Fixture) => boolean]>([
    ["", () => true],
    ["outcome=payment_promise", (f) => f.record.outcomeKey === "payment_promise"],
    ["outcome=PAYMENT PROMISE,wrong_number", (f) => ["payment_promise", "wrong_number"].includes(f.record.outcomeKey ?? "")],
    ["sentiment=negative", (f) => f.record.sentimentKey === "negative"],
    ["range=7d", (f) => day(f.endedAt) >= "2026-11-24"],
    ["from=2026-11-15&to=2026-11-20", (f) => day(f.endedAt) >= "2026-11-15" && day(f.endedAt) <= "2026-11-20"],
    ["dmin=100&dmax=300", (f) => (f.record.durationSeconds ?? -1) >= 100 && (f.record.durationSeconds ?? -1) <= 300],
    ["pstatus=fail", (f) => f.record.providerStatus === "fail"],
    ["dstatus=fail", (f) => f.record.deliveryStatus === "fail"],
    ["project=proj_uae_retail", (f) => f.record.projectId === "proj_uae_retail"],
    // extra_id is the contact's account: every call of that account matches.
    [`meta=extra_id:${extraIdOf(fixtures[3]!)}`, (f) => extraIdOf(f) === extraIdOf(fixtures[3]!)],
    ["phone=%2B44", (f) => Boolean(f.record.numberTo?.includes("+44") || f.record.numberFrom?.includes("+44"))],
    // Three digits and more go through the trigram indexes.
    [`phone=${fixtures[10]!.record.numberTo!.slice(-7)}`, (f) => Boolean(f.record.numberTo?.includes(fixtures[10]!.record.numberTo!.slice(-7)))],
    ["outcome=payment_promise&sentiment=positive&range=30d&project=proj_collections_us", (f) =>
      f.record.outcomeKey === "payment_promise" && f.record.sentimentKey === "positive" && f.record.projectId === "proj_collections_us"],
    ["outcome=dispute&sentiment=positive", () => false],
    // The disclosure check: false and true only; a call never checked (NULL) matches neither.
    ["disclosure=missing", (f) => f.record.disclosureFound === false],
    ["disclosure=found", (f) => f.record.disclosureFound === true],
    ["disclosure=missing&outcome=payment_promise", (f) => f.record.disclosureFound === false && f.record.outcomeKey === "payment_promise"],
  ])("%s returns exactly the matching calls, newest first", async (query, expected) => {
    expect(await everyPage(query)).toEqual(idsOf(fixtures.filter(expected)));
  });

  it("sorts by duration both ways, leaving out calls without one", async () => {
    const longest = await everyPage("sort=longest&size=50");
    const durations = longest.map((id) => fixtures.find((f) => idsByCallId.get(f.record.providerCallId) === id)!.record.durationSeconds!);
    expect(durations).toEqual([...durations].sort((a, b) => b - a));
    expect(longest).toHaveLength(fixtures.filter((f) => f.record.durationSeconds !== null).length);
    expect((await everyPage("sort=shortest")).reverse()).toEqual(longest);
  });
});

describe("listCalls search", () => {
  it("finds a phrase, highlights it in the snippet, and ranks the closer match first", async () => {
    const params = new URLSearchParams("q=harvest festival&sort=relevance");
    const { filters } = parseCallFilters(params);
    const { position } = parseListPosition(params, filters);
    const page = await listCalls(filters, position, context);
    expect(page.rows.map((r) => r.id)).toEqual([idsByCallId.get(fixtures[5]!.record.providerCallId)]);
    expect(page.rows[0]!.snippet).toMatch(/⟦harvest⟧ ⟦festival⟧/);

    const either = parseCallFilters({ q: "festival" }).filters;
    const ranked = await listCalls(either, { sort: "relevance", size: 25 }, context);
    expect(ranked.rows.map((r) => r.id)).toEqual([5, 6].map((i) => idsByCallId.get(fixtures[i]!.record.providerCallId)));
    expect(ranked.total).toEqual({ value: 2, exact: true });
  });
});

describe("listCalls snippets", () => {
  it("shows the summary, else the reasoning, else the customer's first words, never the greeting", async () => {
    const rows = await listCalls(parseCallFilters({}).filters, { sort: "newest", size: 100 }, context);
    const more = await listCalls(parseCallFilters({}).filters, { sort: "newest", size: 100, after: rows.next! }, context);
    const byId = new Map([...rows.rows, ...more.rows].map((row) => [row.id, row]));
    const rowOf = (i: number) => byId.get(idsByCallId.get(fixtures[i]!.record.providerCallId)!)!;
    expect(rowOf(5)).toMatchObject({ snippet: "Promised to pay after the harvest festival.", snippetSource: "summary" });
    expect(rowOf(7)).toMatchObject({ snippet: "The customer asked to be called back on Monday.", snippetSource: "reasoning" });
    expect(rowOf(8)).toMatchObject({ snippet: "Who gave you this number?", snippetSource: "customer" });
    for (const row of byId.values()) expect(row.snippet ?? "").not.toMatch(/automated assistant/);
  });
});

describe("page starts", () => {
  it("counts where each page starts, forwards and back, when the matches are few", async () => {
    const filters = parseCallFilters({}).filters;
    const base: ListPosition = { sort: "newest", size: 25 };
    const first = await listCalls(filters, base, context);
    const second = await listCalls(filters, { ...base, after: first.next! }, context);
    const third = await listCalls(filters, { ...base, after: second.next! }, context);
    expect([first.offset, second.offset, third.offset]).toEqual([0, 25, 50]);
    expect((await listCalls(filters, { ...base, before: third.previous! }, context)).offset).toBe(25);
    expect((await listCalls(filters, { ...base, before: second.previous! }, context)).offset).toBe(0);
    // The same rows whatever offset a link claims: the cursor decides, the offset only labels.
    const claimed = await listCalls(filters, { ...base, after: first.next!, offset: 999 }, context);
    expect(claimed.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    expect(claimed.offset).toBe(25);
  });
});

describe("keyset pages", () => {
  it("neither skip nor repeat calls sharing a timestamp, forwards and backwards, with few or many matches", async () => {
    await getDb().call.deleteMany();
    const at = new Date("2026-11-29T10:00:00Z");
    const many = generateCalls(PROBE_LIMIT + 60, { seed: 5, now }).map(({ payload }, i) => ({ record: toCallRecord(payload), endedAt: i % 3 ? at : now }));
    await insertCalls(many);
    for (const query of ["size=100", "size=25&outcome=payment_promise", "sort=oldest&size=100"]) {
      const ids = await everyPage(query);
      const expectedCount = query.includes("outcome") ? many.filter((m) => m.record.outcomeKey === "payment_promise").length : many.length;
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(expectedCount);
    }
    // Back from the third page gives the second.
    const filters = parseCallFilters({}).filters;
    const base: ListPosition = { sort: "newest", size: 25 };
    const first = await listCalls(filters, base, context);
    const second = await listCalls(filters, { ...base, after: first.next! }, context);
    const third = await listCalls(filters, { ...base, after: second.next! }, context);
    const back = await listCalls(filters, { ...base, before: third.previous! }, context);
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    expect(first.previous).toBeUndefined();
    expect(first.total.exact).toBe(false);
    // Too many matches to count: the first page starts at 0, deeper ones leave their start to the link.
    expect([first.offset, second.offset, back.offset]).toEqual([0, undefined, undefined]);
  });
});
