import { describe, expect, it } from "vitest";
import { mayHoldUnstorable, storableText, toStorable } from "./storable-text";

describe("storableText / toStorable", () => {
  it("removes NUL and replaces lone surrogates, keeping real pairs", () => {
    expect(storableText("a\u0000b")).toBe("ab");
    expect(storableText("x\ud800y\udc00z")).toBe("x\ufffdy\ufffdz");
    expect(storableText("end\ud83d")).toBe("end\ufffd");
    expect(storableText("ok \ud83d\ude00")).toBe("ok \ud83d\ude00");
  });

  it("cleans every string and key at every depth, and keeps __proto__ a plain key", () => {
    const parsed: unknown = JSON.parse('{"k\\u0000":["v\\ud800",{"__proto__":{"x":1}}],"n":1,"b":null}');
    const clean = toStorable(parsed) as Record<string, unknown>;
    expect(clean).toEqual({ k: ["v\ufffd", { ["__proto__"]: { x: 1 } }], n: 1, b: null });
    expect(Object.getPrototypeOf((clean.k as object[])[1])).toBe(Object.prototype);
    expect(JSON.stringify(clean)).not.toMatch(/\\u0000|\\ud800/);
  });

  it("tells which JSON texts may hold something to clean, erring on the safe side", () => {
    for (const text of ['{"a":"\\u0000"}', '{"a":"\\uD800"}', '{"a":"\\udfff"}', '{"\\u0000k":1}', '{"a":"\\\\u0000"}', '{"a":"\ud83d\ude00"}', '{"a":"\u0000"}']) {
      expect(mayHoldUnstorable(text), text).toBe(true);
    }
    for (const text of ['{"a":"plain","b":[1,{"c":"\\u00e9\\n\\"q\\""}]}', '{"a":"\\u0041\\uE000\\uFFFD"}', '{"a":"Müller €"}']) {
      expect(mayHoldUnstorable(text), text).toBe(false);
      // Skipping the walk is only right where it would change nothing.
      expect(toStorable(JSON.parse(text))).toEqual(JSON.parse(text));
    }
  });
});
