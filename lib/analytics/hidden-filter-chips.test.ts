import { describe, expect, it } from "vitest";
import { parseCallFilters } from "@/lib/calls/filters";
import { hiddenFilterChips } from "./hidden-filter-chips";

const chipsOf = (query: string) => hiddenFilterChips(parseCallFilters(new URLSearchParams(query), { range: "30d" }).filters, "week");
const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("hiddenFilterChips", () => {
  it("shows the filters the form lacks, not the form's own", () => {
    const { chips } = chipsOf("range=90d&project=proj_a&outcome=payment_promise&q=friday&phone=971&dmin=60&review=reviewed");
    expect(chips.map((c) => `${c.name}: ${c.value}`)).toEqual(["Search: “friday”", "Min. duration: 60 s", "Phone: 971", "Review: Reviewed"]);
  });

  it("links each chip to the same analytics without it, the form's filters and the grouping kept", () => {
    const { chips } = chipsOf("range=90d&project=proj_a&q=friday&phone=971");
    const phone = chips.find((c) => c.name === "Phone")!;
    expect(phone.href.startsWith("/analytics?")).toBe(true);
    expect(paramsOf(phone.href)).toEqual({ range: "90d", project: "proj_a", q: "friday", group: "week" });
  });

  it("clears them all at once, keeping the period, projects, outcomes and sentiments", () => {
    const { clearHref } = chipsOf("range=7d&project=proj_a&sentiment=negative&q=friday&phone=971&labels=ai");
    expect(paramsOf(clearHref)).toEqual({ range: "7d", project: "proj_a", sentiment: "negative", group: "week" });
  });

  it("has no chips when only the form's filters are in use", () => {
    expect(chipsOf("range=90d&outcome=dispute").chips).toEqual([]);
  });
});
