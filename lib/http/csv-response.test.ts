import { describe, expect, it } from "vitest";
import { csvResponse } from "./csv-response";

async function* batches(log: string[]) {
  try {
    yield [["a", 1], ["=b", null]];
    yield [["c", 3]];
  } finally {
    log.push("closed");
  }
}

describe("csvResponse", () => {
  it("streams the BOM, the header and every batch, with the formula guard, as a download", async () => {
    const log: string[] = [];
    const response = csvResponse(["name", "n"], batches(log), "x.csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFFname,n")).toBe(true);
    expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(4);
    expect(text).toContain("'=b");
    expect(log).toEqual(["closed"]);
  });

  it("closes the batches when the reader goes away", async () => {
    const log: string[] = [];
    const reader = csvResponse(["name", "n"], batches(log), "x.csv").body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(log).toEqual(["closed"]);
  });
});
