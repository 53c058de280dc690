import { describe, expect, it } from "vitest";
import { byteRangeResponse, parseByteRange } from "./byte-range";

describe("parseByteRange", () => {
  it.each([
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
    ["bytes=999-999", { start: 999, end: 999 }],
  ])("reads %s", (header, range) => {
    expect(parseByteRange(header, 1000)).toEqual(range);
  });

  it("sends everything for no, unreadable or several ranges, and refuses ranges past the end", () => {
    for (const header of [null, "", "bytes=-", "bytes=5-2", "items=0-1", "bytes=0-1,5-6", "bytes=a-b"]) expect(parseByteRange(header, 1000)).toBeNull();
    for (const header of ["bytes=1000-", "bytes=2000-3000", "bytes=-0"]) expect(parseByteRange(header, 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=0-", 0)).toBe("unsatisfiable");
  });
});

describe("byteRangeResponse", () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const request = (range?: string) => new Request("http://localhost/x", range ? { headers: { Range: range } } : {});

  it("answers a range with 206 and just those bytes", async () => {
    const response = byteRangeResponse(request("bytes=10-19"), bytes, { "Content-Type": "audio/wav" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 10-19/256");
    expect(response.headers.get("content-length")).toBe("10");
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it("answers no range with all of it, and a range past the end with 416", async () => {
    const whole = byteRangeResponse(request(), bytes, {});
    expect([whole.status, whole.headers.get("accept-ranges"), whole.headers.get("content-length")]).toEqual([200, "bytes", "256"]);
    expect((await whole.arrayBuffer()).byteLength).toBe(256);
    const past = byteRangeResponse(request("bytes=300-"), bytes, {});
    expect([past.status, past.headers.get("content-range")]).toEqual([416, "bytes */256"]);
  });
});
