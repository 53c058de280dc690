import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "./promise-money";
import { extractPromiseAmount } from "./promise-terms";

describe("parseMoney", () => {
  it("reads what extractPromiseAmount finds as a currency and cents", () => {
    const read = (text: string) => parseMoney(extractPromiseAmount([text]));
    expect(read("Maria promised to pay $120.50 on Friday.")).toEqual({ currency: "USD", cents: 12_050 });
    expect(read("Will pay 1,250 dollars by December 3rd.")).toEqual({ currency: "USD", cents: 125_000 });
    expect(read("Agreed to £80.00 on Monday.")).toEqual({ currency: "GBP", cents: 8_000 });
    expect(read("Will transfer AED 1,500 next week.")).toEqual({ currency: "AED", cents: 150_000 });
    expect(read("Paga 300 pesos el viernes.")).toEqual({ currency: "MXN", cents: 30_000 });
    expect(read("The customer agreed to pay.")).toBeNull();
  });

  it("formats with cents only when there are some", () => {
    expect(formatMoney({ currency: "USD", cents: 150_050 })).toBe("$1,500.50");
    expect(formatMoney({ currency: "EUR", cents: 8_000 })).toBe("€80");
  });
});
