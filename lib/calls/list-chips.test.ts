import { describe, expect, it } from "vitest";
import { parseCallFilters } from "./filters";
import { activeFilterChips, clearFiltersHref } from "./list-chips";
import { encodeCursor, parseListPosition } from "./list-params";

const cursor = encodeCursor({ t: "2026-11-30T10:00:00.000Z", id: "0190a8f0-0000-7000-8000-000000000001" });

function chipsOf(query: string) {
  const params = new URLSearchParams(query);
  const { filters } = parseCallFilters(params);
  const { position } = parseListPosition(params, filters);
  return { chips: activeFilterChips(filters, position), position };
}

describe("filter chips", () => {
  it("names every active filter value, in the bar's order", () => {
    const { chips } = chipsOf("outcome=payment_promise&outcome=wrong_number&sentiment=negative&from=2026-12-01&to=2026-12-07&project=proj_a&dmin=60&dstatus=fail&meta=extra_id:acct_1&phone=4106&q=harvest");
    expect(chips.map((c) => `${c.name}: ${c.value}`)).toEqual([
      "Search: “harvest”",
      "Outcome: Payment promise",
      "Outcome: Wrong number",
      "Sentiment: Negative",
      "Date: 01 Dec 2026 – 07 Dec 2026",
      "Project: proj_a",
      "Min. duration: 60 s",
      "Delivery: fail",
      "Metadata: extra_id: acct_1",
      "Phone: 4106",
    ]);
  });

  it("removes just that value, back on the first page, keeping order and size", () => {
    const { chips } = chipsOf(`outcome=payment_promise&outcome=wrong_number&range=7d&sort=oldest&size=50&after=${cursor}&offset=50`);
    const promise = chips.find((c) => c.value === "Payment promise")!;
    expect(promise.href).toBe("/calls?outcome=wrong_number&range=7d&sort=oldest&size=50");
    expect(chips.find((c) => c.name === "Date")!.href).toBe("/calls?outcome=payment_promise&outcome=wrong_number&sort=oldest&size=50");
  });

  it("drops Best match with the search it needs", () => {
    const { chips, position } = chipsOf("q=pay&sort=relevance&outcome=wrong_number");
    expect(chips.find((c) => c.name === "Search")!.href).toBe("/calls?outcome=wrong_number");
    expect(chips.find((c) => c.name === "Outcome")!.href).toBe("/calls?q=pay&sort=relevance");
    expect(clearFiltersHref(position)).toBe("/calls");
  });

  it("names the review and disclosure filters, users by name", () => {
    const params = new URLSearchParams("review=not_reviewed,needs_follow_up&assignee=me&assignee=nobody&assignee=u_1&assignee=u_gone&tag=hardship&corrected=no&disclosure=missing");
    const { filters } = parseCallFilters(params);
    const { position } = parseListPosition(params, filters);
    const chips = activeFilterChips(filters, position, new Map([["u_1", "Dana Reviewer"]]));
    expect(chips.map((c) => `${c.name}: ${c.value}`)).toEqual([
      "Review: Not reviewed",
      "Review: Needs follow-up",
      "Assignee: Me",
      "Assignee: Nobody",
      "Assignee: Dana Reviewer",
      "Assignee: u_gone",
      "Tag: hardship",
      "Corrected: No",
      "Disclosure: No disclosure found",
    ]);
    expect(chips.find((c) => c.value === "Nobody")!.href).toBe("/calls?review=not_reviewed&review=needs_follow_up&assignee=me&assignee=u_1&assignee=u_gone&tag=hardship&corrected=no&disclosure=missing");
    expect(chips.find((c) => c.name === "Disclosure")!.href).toBe("/calls?review=not_reviewed&review=needs_follow_up&assignee=me&assignee=nobody&assignee=u_1&assignee=u_gone&tag=hardship&corrected=no");
    expect(chips.find((c) => c.name === "Corrected")!.href).not.toMatch(/corrected/);
  });

  it("shows no chip for the whole list", () => {
    expect(chipsOf("sort=longest&size=100").chips).toEqual([]);
    expect(clearFiltersHref(chipsOf("outcome=x&sort=longest&size=100").position)).toBe("/calls?sort=longest&size=100");
  });
});
