// The stated amount derived with the contact columns: from the summary, else the reasoning, of any
// outcome; only the first PROMISE_AMOUNT_SCAN_CHARS of each (what the backfill reads); never a figure
// too large to sum exactly.
import { describe, expect, it } from "vitest";
import { deriveContactColumns, PROMISE_AMOUNT_SCAN_CHARS } from "./derive";
import { getContactSettings } from "./settings";

const settings = getContactSettings();
const amountOf = (summary: string | null, reasoning: string | null = null) => {
  const { promiseAmountCents, promiseCurrency } = deriveContactColumns({ numberTo: "+12125550101", metadata: null, transcription: null, summary, reasoning }, settings);
  return [promiseAmountCents, promiseCurrency];
};

describe("deriveContactColumns: the stated amount", () => {
  it("takes the summary's first amount, else the reasoning's, whatever the outcome", () => {
    expect(amountOf("Ana paid $120.50 during the call, then $10.")).toEqual([12_050, "USD"]);
    expect(amountOf("Agreed to pay.", "Customer offered 1,250 euros by Monday.")).toEqual([125_000, "EUR"]);
    expect(amountOf("Call back on the 12th.", "No amount.")).toEqual([null, null]);
    expect(amountOf(null)).toEqual([null, null]);
  });

  it("reads only the start of each text, and refuses figures that cannot be summed exactly", () => {
    expect(amountOf(`${"x".repeat(PROMISE_AMOUNT_SCAN_CHARS)} $50`)).toEqual([null, null]);
    expect(amountOf(`${"x".repeat(PROMISE_AMOUNT_SCAN_CHARS - 4)} $50`)).toEqual([5_000, "USD"]);
    expect(amountOf("Promised $99999999999999999999.")).toEqual([null, null]);
  });
});
