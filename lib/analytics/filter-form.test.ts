import { describe, expect, it } from "vitest";
import { parseCallFilters } from "@/lib/calls/filters";
import { filterFormValues, optionsFor } from "./filter-form";

const filters = (query: string) => parseCallFilters(new URLSearchParams(query), { range: "30d" }).filters;

describe("the analytics filter form", () => {
  it("reads several values per filter back from the URL, and keeps the filters it has no field for", () => {
    const values = filterFormValues(filters("range=90d&project=p1&project=p2&outcome=payment_promise,wrong_number&q=refund&dmin=30"), "week");
    expect(values).toMatchObject({ range: "90d", projects: ["p1", "p2"], outcomes: ["payment_promise", "wrong_number"], sentiments: [], group: "week" });
    expect(values.hidden).toEqual(expect.arrayContaining([["q", "refund"], ["dmin", "30"]]));
    expect(values.hidden.map(([name]) => name)).not.toContain("project");
  });

  it("offers the known values, those seen and those selected, with the period's calls while the filter is unused", () => {
    const seen = [{ key: "payment_promise", calls: 12 }, { key: "dispute", calls: 2 }, { key: null, calls: 5 }];
    expect(optionsFor(["payment_promise", "wrong_number"], seen, [])).toEqual([
      { value: "payment_promise", label: "Payment promise", count: 12 },
      { value: "wrong_number", label: "Wrong number", count: 0 },
      { value: "dispute", label: "Dispute", count: 2 },
    ]);
    // Once filtered, every other value would read 0 although it has calls: no counts then.
    expect(optionsFor(["payment_promise"], seen, ["legacy_code"])).toEqual([
      { value: "payment_promise", label: "Payment promise" },
      { value: "dispute", label: "Dispute" },
      { value: "legacy_code", label: "Legacy code" },
    ]);
  });
});
