import { describe, expect, it } from "vitest";
import { extractPromiseTerms } from "./promise-terms";
import { followThroughPromises, type PromiseCall } from "./promises";

const call = (id: string, day: number, outcomeKey: string | null): PromiseCall => ({ id, endedAt: new Date(Date.UTC(2026, 10, day)), outcomeKey });

describe("followThroughPromises", () => {
  it("is decided by the first later call with a telling outcome", () => {
    const calls = [
      call("p1", 1, "payment_promise"),
      call("n1", 2, "no_answer"),
      call("v1", 3, "voicemail"),
      call("c1", 4, "call_back_requested"),
      call("x1", 5, "payment_extension"),
      call("p2", 10, "payment_promise"),
      call("paid", 12, "payment_completed"),
      call("p3", 15, "payment_promise"),
      call("d1", 16, "dispute"),
      call("p4", 20, "payment_promise"),
      call("n2", 21, null),
    ];
    const result = followThroughPromises(calls).map((f) => [f.promise.id, f.state, f.decidedBy?.id ?? null]);
    expect(result).toEqual([
      ["p1", "renewed", "x1"],
      ["p2", "kept", "paid"],
      ["p3", "refused", "d1"],
      ["p4", "open", null],
    ]);
  });

  it("counts a refusal as refused", () => {
    expect(followThroughPromises([call("p", 1, "payment_promise"), call("r", 2, "not_interested")])[0]?.state).toBe("refused");
  });
});

describe("extractPromiseTerms", () => {
  it("reads the amount and the date from a generated-style summary, relative to the call's day", () => {
    // Nov 25, 2026 is a Wednesday: "on Friday" is Nov 27.
    expect(extractPromiseTerms(["Maria promised to pay $120.50 on Friday."], "2026-11-25")).toEqual({ amount: "$120.50", date: "2026-11-27", dateText: "on Friday" });
    expect(extractPromiseTerms(["Will pay 1,250 dollars by December 3rd."], "2026-11-25")).toEqual({ amount: "1,250 dollars", date: "2026-12-03", dateText: "December 3rd" });
  });

  it("falls back to the reasoning, and takes a date there when the summary has none", () => {
    const terms = extractPromiseTerms(["The customer agreed to pay."], "2026-11-25");
    expect(terms).toEqual({ amount: null, date: null, dateText: null });
    expect(extractPromiseTerms([null, "The customer explicitly committed to paying £80.00 on Monday and confirmed the date when asked."], "2026-11-25")).toEqual({
      amount: "£80.00",
      date: "2026-11-30",
      dateText: "on Monday",
    });
  });

  it("invents no amount when none is stated", () => {
    expect(extractPromiseTerms(["Promised to pay after the harvest festival, on Monday."], "2026-11-25")).toEqual({ amount: null, date: "2026-11-30", dateText: "on Monday" });
    expect(extractPromiseTerms(["Account 123456 will be settled in 2 parts."], "2026-11-25").amount).toBeNull();
    expect(extractPromiseTerms(["Call ID 4455, customer will pay tomorrow."], "2026-11-25")).toMatchObject({ amount: null, date: "2026-11-26" });
  });
});
