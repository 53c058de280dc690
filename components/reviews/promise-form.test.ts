import { describe, expect, it } from "vitest";
import type { PromiseReview } from "@/lib/contacts/promise-effective";
import { canSavePromise, promiseFormOf, promiseInputOf } from "./promise-form";

const extracted = { money: { currency: "EUR", cents: 8_050 }, date: "2026-12-04", dateText: "on Friday" };
const uncorrected: PromiseReview = { extracted, correction: null, effective: { money: extracted.money, date: extracted.date } };
const noAmount: PromiseReview = {
  extracted,
  correction: { money: null, date: null, by: null, at: new Date() },
  effective: { money: null, date: null },
};

describe("the promise correction form", () => {
  it("starts from the terms that count, so one field can be fixed alone", () => {
    expect(promiseFormOf(uncorrected)).toEqual({ amount: "80.50", currency: "EUR", noAmount: false, date: "2026-12-04" });
    expect(promiseFormOf(noAmount)).toEqual({ amount: "", currency: "USD", noAmount: true, date: "" });
    // Nothing extracted, nothing corrected: an empty amount to type, not "no amount stated".
    const nothing = { extracted: { money: null, date: null, dateText: null }, correction: null, effective: { money: null, date: null } };
    expect(promiseFormOf(nothing)).toEqual({ amount: "", currency: "USD", noAmount: false, date: "" });
  });

  it("sends no amount for 'no amount stated' and no date for an empty one", () => {
    expect(promiseInputOf({ amount: " 120 ", currency: "usd ", noAmount: false, date: "2026-12-05" })).toEqual({ amount: { value: "120", currency: "USD" }, date: "2026-12-05" });
    expect(promiseInputOf({ amount: "120", currency: "USD", noAmount: true, date: " " })).toEqual({ amount: null, date: null });
  });

  it("can be saved with an amount and a currency, or with 'no amount stated'", () => {
    expect(canSavePromise({ amount: "", currency: "USD", noAmount: false, date: "" })).toBe(false);
    expect(canSavePromise({ amount: "5", currency: " ", noAmount: false, date: "" })).toBe(false);
    expect(canSavePromise({ amount: "", currency: "", noAmount: true, date: "" })).toBe(true);
    expect(canSavePromise({ amount: "5", currency: "GBP", noAmount: false, date: "" })).toBe(true);
  });
});
