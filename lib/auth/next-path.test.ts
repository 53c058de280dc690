import { describe, expect, it } from "vitest";
import { loginHref, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeNextPath("/calls/123?q=pay")).toBe("/calls/123?q=pay");
  });

  it.each(["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "calls", "/x\u0000y", "/login?next=/a", "/setup", ""])(
    "refuses %j and falls back to the calls list",
    (value) => expect(safeNextPath(value)).toBe("/calls"),
  );
});

describe("loginHref", () => {
  it("carries the asked-for path, encoded", () => {
    expect(loginHref("/analytics?range=90d&group=week")).toBe("/login?next=%2Fanalytics%3Frange%3D90d%26group%3Dweek");
    expect(loginHref(null)).toBe("/login");
  });
});
