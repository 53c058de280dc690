import { describe, expect, it } from "vitest";
import { parseCallFilters } from "./filters";
import { backToListHref, decodeCursor, encodeCursor, listHref, parseListPosition } from "./list-params";

const filtersOf = (query: string) => parseCallFilters(new URLSearchParams(query)).filters;
const positionOf = (query: string) => parseListPosition(new URLSearchParams(query), filtersOf(query));

describe("list position", () => {
  const cursor = { t: "2026-11-30T10:00:00.000Z", id: "0190a8f0-0000-7000-8000-000000000001" };

  it("round-trips sort, size and cursor through the URL with the filters", () => {
    const href = listHref(filtersOf("outcome=wrong_number&q=pay"), { sort: "oldest", size: 50, after: cursor });
    const query = href.split("?")[1]!;
    expect(positionOf(query)).toEqual({ position: { sort: "oldest", size: 50, after: cursor }, notices: [] });
    expect(filtersOf(query)).toEqual(filtersOf("outcome=wrong_number&q=pay"));
    expect(listHref(filtersOf(""), { sort: "newest", size: 25 })).toBe("/calls");
  });

  it("falls back to defaults with a notice for unusable values", () => {
    const { position, notices } = positionOf(`sort=loudest&size=30&after=${encodeCursor({ d: 5, id: cursor.id })}`);
    expect(position).toEqual({ sort: "newest", size: 25 });
    expect(notices).toHaveLength(3);
    expect(positionOf("sort=relevance").position.sort).toBe("newest");
    expect(positionOf("sort=relevance&q=pay").position.sort).toBe("relevance");
    expect(positionOf("after=%%%").notices[0]).toMatch(/first page/);
  });

  it("decodes only well-formed cursors", () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ o: 50 }))).toEqual({ o: 50 });
    expect(decodeCursor("bm90IGpzb24")).toBeNull();
    expect(decodeCursor(btoa(JSON.stringify({ t: "yesterday", id: "x" })))).toBeNull();
  });

  it("carries the page's start next to its cursor, validated", () => {
    const href = listHref(filtersOf("sentiment=negative"), { sort: "newest", size: 25, after: cursor, offset: 50 });
    expect(href).toBe(`/calls?sentiment=negative&after=${encodeCursor(cursor)}&offset=50`);
    expect(positionOf(href.split("?")[1]!).position).toEqual({ sort: "newest", size: 25, after: cursor, offset: 50 });
    // No cursor: the first page, whose start is 0 whatever the link says; no offset is written for it.
    expect(positionOf("offset=50").position).toEqual({ sort: "newest", size: 25 });
    expect(listHref(filtersOf(""), { sort: "newest", size: 25, offset: 50 })).toBe("/calls");
    for (const bad of ["-1", "2.5", "ten", "9999999999"]) {
      const { position, notices } = positionOf(`after=${encodeCursor(cursor)}&offset=${bad}`);
      expect(position).toEqual({ sort: "newest", size: 25, after: cursor });
      expect(notices).toEqual([`Ignored page start "${bad}": expected a whole number.`]);
    }
  });

  it("leads back to the same page of the list, at the call's row", () => {
    const query = `outcome=wrong_number&sort=oldest&size=50&before=${encodeCursor(cursor)}&offset=100`;
    const { position } = positionOf(query);
    expect(backToListHref(filtersOf(query), position, cursor.id)).toBe(`/calls?${query}#call-${cursor.id}`);
  });
});
