import { describe, expect, it } from "vitest";
import { buildCallWhere } from "./call-where";
import { parseCallFilters } from "./filters";
import { isUnsatisfiableSearch } from "./unsatisfiable-search";

describe("isUnsatisfiableSearch", () => {
  it.each(["pay -pay", "Pay -PAY", "pay now -pay", '"pay now" -pay', "-pay pay", "promise pay -pay later"])("knows %s matches nothing", (q) => {
    expect(isUnsatisfiableSearch(q)).toBe(true);
  });

  it.each(["pay", "pay -payment", "pay or -pay", 'pay -"pay now"', "-pay", "pay-day -day later", "paying -pay"])("leaves %s to PostgreSQL", (q) => {
    expect(isUnsatisfiableSearch(q)).toBe(q === "pay-day -day later");
  });
});

it("makes the filter builder answer FALSE, which PostgreSQL answers without reading a row", () => {
  const where = buildCallWhere(parseCallFilters(new URLSearchParams("q=pay -pay")).filters, { now: new Date(), timeZone: "UTC" });
  expect(where.sql).toBe("FALSE");
});
