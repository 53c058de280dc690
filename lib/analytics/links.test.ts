import { describe, expect, it } from "vitest";
import { parseCallFilters } from "@/lib/calls/filters";
import { buildDurationHistogram } from "./durations";
import { callsHref, hrefBuilder } from "./links";

const filters = (query: string) => parseCallFilters(new URLSearchParams(query), { range: "30d" }).filters;

describe("links to the calls list", () => {
  it("keeps the page's filters and narrows them to the clicked item", () => {
    const href = callsHref(filters("range=7d&project=p1&q=refund&outcome=payment_promise,wrong_number"), { outcomes: ["wrong_number"], days: { from: "2026-10-19", to: "2026-10-25" } });
    const params = new URLSearchParams(href.slice("/calls?".length));
    expect(href.startsWith("/calls?")).toBe(true);
    expect(params.getAll("outcome")).toEqual(["wrong_number"]);
    expect([params.get("from"), params.get("to"), params.get("range")]).toEqual(["2026-10-19", "2026-10-25", null]);
    expect([params.get("project"), params.get("q")]).toEqual(["p1", "refund"]);
  });

  it("narrows a duration bin to the page's own duration filter", () => {
    const { bins, unknown } = buildDurationHistogram([{ bin: 1, calls: 4 }, { bin: 6, calls: 1 }, { bin: null, calls: 2 }], hrefBuilder(filters("dmin=45&dmax=900")));
    expect(bins.map((b) => b.calls)).toEqual([0, 4, 0, 0, 0, 0, 1]);
    expect(unknown).toBe(2);
    expect(bins[0]!.href).toBeNull(); // empty bins have nothing to open
    expect(new URLSearchParams(bins[1]!.href!.split("?")[1]).toString()).toContain("dmin=45&dmax=59");
    expect(new URLSearchParams(bins[6]!.href!.split("?")[1]).toString()).toContain("dmin=600&dmax=900");
    expect(bins.map((b) => b.label)).toEqual(["0s–30s", "30s–1m", "1m–2m", "2m–3m", "3m–5m", "5m–10m", "10m+"]);
  });
});
