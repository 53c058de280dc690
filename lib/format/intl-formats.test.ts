import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-formats";

describe("dateTimeFormat", () => {
  it("gives the same formatter for the same locale and options, and formats as a new one would", () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: "Europe/Berlin", day: "2-digit", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    const first = dateTimeFormat("en-GB", options);
    expect(dateTimeFormat("en-GB", { ...options })).toBe(first);
    const instant = new Date("2026-03-29T00:30:00Z"); // the night Berlin moves to summer time
    expect(first.format(instant)).toBe(new Intl.DateTimeFormat("en-GB", options).format(instant));
    expect(first.format(instant)).toBe("29 Mar, 01:30");
  });

  it("keeps formatters of other zones and options apart", () => {
    const instant = new Date("2026-07-01T12:00:00Z");
    const berlin = dateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const tokyo = dateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(tokyo).not.toBe(berlin);
    expect([berlin.format(instant), tokyo.format(instant)]).toEqual(["14:00", "21:00"]);
  });

  it("refuses a zone that does not exist, as Intl does, and caches nothing for it", () => {
    expect(() => dateTimeFormat("en-GB", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en-GB", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});

describe("numberFormat", () => {
  it("formats currencies as a new formatter would, one instance per currency and options", () => {
    const usd = numberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 2 });
    expect(numberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 2 })).toBe(usd);
    expect(usd.format(12340)).toBe("$12,340");
    expect(numberFormat("en-US", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(80.5)).toBe("€80.50");
  });
});
