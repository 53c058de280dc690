import { describe, expect, it } from "vitest";
import { parseCallFilters } from "./filters";
import { listQueryFromForm } from "./list-form";
import { listHref, parseListPosition } from "./list-params";

const entries = (pairs: [string, string][]) => pairs;

describe("listQueryFromForm", () => {
  it("drops empty fields and defaults, so the link is the one the list itself writes", () => {
    const href = listQueryFromForm(entries([
      ["q", " harvest "], ["outcome", "payment_promise"], ["outcome", "wrong_number"], ["range", "7d"], ["from", ""], ["to", ""],
      ["dmin", "60"], ["dmax", ""], ["phone", ""], ["meta", ""], ["sort", "newest"], ["size", "25"],
    ]));
    expect(href).toBe("/calls?q=harvest&outcome=payment_promise&outcome=wrong_number&range=7d&dmin=60");
    const params = new URLSearchParams(href.split("?")[1]);
    const { filters } = parseCallFilters(params);
    expect(listHref(filters, parseListPosition(params, filters).position)).toBe("/calls?outcome=payment_promise&outcome=wrong_number&range=7d&dmin=60&q=harvest");
    expect(listQueryFromForm(entries([["range", "all"], ["sort", "newest"], ["size", "25"]]))).toBe("/calls");
  });

  it("lets dates replace a preset and overrides replace a field", () => {
    expect(listQueryFromForm(entries([["range", "30d"], ["from", "2026-12-01"], ["to", ""]]))).toBe("/calls?from=2026-12-01");
    expect(listQueryFromForm(entries([["outcome", "a"], ["sentiment", "positive"]]), { outcome: ["b", "c"] })).toBe("/calls?sentiment=positive&outcome=b&outcome=c");
    expect(listQueryFromForm(entries([["outcome", "a"]]), { outcome: [] })).toBe("/calls");
  });

  it("starts at page one and keeps Best match only with a search", () => {
    expect(listQueryFromForm(entries([["after", "abc"], ["offset", "25"], ["size", "50"]]))).toBe("/calls?size=50");
    expect(listQueryFromForm(entries([["q", ""], ["sort", "relevance"]]))).toBe("/calls");
    expect(listQueryFromForm(entries([["q", "pay"], ["sort", "relevance"]]))).toBe("/calls?q=pay&sort=relevance");
  });
});
