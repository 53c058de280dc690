import { describe, expect, it } from "vitest";
import { accountKeyOf } from "./account-key";
import { formatContactNumber, normalizeNumber } from "./normalize-number";

describe("normalizeNumber", () => {
  it("writes one number the same way whatever format it came in", () => {
    const formats = ["+12125551234", "+1 (212) 555-1234", "(212) 555-1234", "212.555.1234", "2125551234", "tel:+1-212-555-1234", " +1 212 555 1234 "];
    for (const raw of formats) expect(normalizeNumber(raw, "US"), raw).toEqual({ number: "+12125551234", parsed: true });
  });

  it("reads numbers without a country code in the default region", () => {
    expect(normalizeNumber("07700 900123", "GB")).toEqual({ number: "+447700900123", parsed: true });
    expect(normalizeNumber("+44 7700 900123", "US")).toEqual({ number: "+447700900123", parsed: true });
    expect(normalizeNumber("050 123 4567", "AE")).toEqual({ number: "+971501234567", parsed: true });
  });

  it("keeps the digits of a number it cannot parse, and marks it", () => {
    expect(normalizeNumber("12", "US")).toEqual({ number: "12", parsed: false });
    expect(normalizeNumber("001 212 555 1234", "US")).toEqual({ number: "0012125551234", parsed: false });
    expect(normalizeNumber("Anonymous", "US")).toEqual({ number: "anonymous", parsed: false });
    expect(normalizeNumber("  ", "US")).toBeNull();
    expect(normalizeNumber(null, "US")).toBeNull();
  });

  it("answers a number seen before the same way, per region, and a caller cannot change that answer", () => {
    const first = normalizeNumber("07700 900124", "GB")!;
    first.number = "changed by a caller";
    expect(normalizeNumber("07700 900124", "GB")).toEqual({ number: "+447700900124", parsed: true });
    expect(normalizeNumber("07700 900124", "US")).toEqual({ number: "07700900124", parsed: false });
    expect(normalizeNumber(" 07700 900124 ", "GB")).toEqual({ number: "+447700900124", parsed: true });
  });

  it("formats a contact number for reading", () => {
    expect(formatContactNumber("+12125551234")).toBe("+1 212-555-1234");
    expect(formatContactNumber("0012125551234")).toBe("0012125551234");
  });
});

describe("accountKeyOf", () => {
  const metadata = { requestMetadata: { project_id: "p1", extra_id: "acct_42", loan: 7 } };
  it("reads the configured requestMetadata key, numbers as text", () => {
    expect(accountKeyOf(metadata, "extra_id")).toBe("acct_42");
    expect(accountKeyOf(metadata, "loan")).toBe("7");
  });
  it("is null without the setting, the key or a usable value", () => {
    expect(accountKeyOf(metadata, null)).toBeNull();
    expect(accountKeyOf(metadata, "missing")).toBeNull();
    expect(accountKeyOf({ requestMetadata: { extra_id: { nested: 1 } } }, "extra_id")).toBeNull();
    expect(accountKeyOf({ requestMetadata: { extra_id: "  " } }, "extra_id")).toBeNull();
    expect(accountKeyOf(null, "extra_id")).toBeNull();
  });
});
