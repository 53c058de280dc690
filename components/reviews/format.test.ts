import { describe, expect, it } from "vitest";
import type { ReviewHistoryEntry } from "@/lib/reviews/get-review";
import type { Review } from "@/lib/reviews/review-state";
import { describeReview, formatClock, minutesLeft } from "./format";
import { describeChange } from "./review-history";

const ann = { id: "u1", name: "Ann", email: "ann@example.com" };
const review: Review = {
  callId: "c1",
  status: "needs_follow_up",
  version: 3,
  assignee: { id: "u2", name: "", email: "bob@example.com" },
  outcome: {
    ai: { key: "payment_promise", label: "PAYMENT PROMISE" },
    correction: { key: "not_interested", label: "Not interested", reason: "Refused", by: ann, at: new Date("2026-12-01T14:05:00Z") },
    effective: { key: "not_interested", label: "Not interested" },
  },
  sentiment: { ai: { key: "negative", label: "NEGATIVE" }, correction: null, effective: { key: "negative", label: "NEGATIVE" } },
  promise: { extracted: { money: null, date: null, dateText: null }, correction: null, effective: { money: null, date: null } },
  updatedBy: ann,
  updatedAt: new Date("2026-12-01T14:05:00Z"),
};

const entry = (change: Partial<ReviewHistoryEntry>): ReviewHistoryEntry => ({
  id: "1", at: new Date(), actor: ann, field: "status", from: null, to: null, fromUser: null, toUser: null, detail: null, bulk: false, ...change,
});

describe("the review panel's words", () => {
  it("sums up the other person's review for the conflict message", () => {
    expect(describeReview(review)).toBe("status Needs follow-up, outcome Not interested (corrected), sentiment Negative, assigned to bob@example.com");
    expect(formatClock(review.updatedAt!, "Europe/Berlin")).toBe("15:05");
    const promise = { ...review.promise, correction: { money: { currency: "USD", cents: 12_000 }, date: "2026-12-05", by: ann, at: new Date() } };
    expect(describeReview({ ...review, promise })).toContain("promise $120.00 by Dec 5, 2026 (corrected)");
  });

  it("says what each history entry changed", () => {
    expect(describeChange(entry({ field: "status", from: "not_reviewed", to: "reviewed" }))).toBe("set the status to Reviewed (was Not reviewed)");
    expect(describeChange(entry({ field: "outcome", from: "payment_promise", to: "not_interested", detail: "Refused" }))).toBe("corrected the outcome from Payment promise to Not interested: “Refused”");
    expect(describeChange(entry({ field: "sentiment", from: "positive", to: "negative", detail: "correction cleared" }))).toBe("cleared the sentiment correction (back to the AI's Negative)");
    expect(describeChange(entry({ field: "assignee", to: "u1", toUser: ann }))).toBe("assigned the call to Ann");
    expect(describeChange(entry({ field: "tag", from: "hardship" }))).toBe("removed the tag hardship");
    expect(describeChange(entry({ field: "note", from: "old", to: null }))).toBe("deleted a note");
    expect(describeChange(entry({ field: "promise", from: "USD 10000 -", to: "USD 12000 2026-12-05" }))).toBe("corrected the promise from $100.00, no date stated to $120.00 by Dec 5, 2026");
    expect(describeChange(entry({ field: "promise", from: "EUR 8050 2026-12-05", to: "- -" }))).toBe("corrected the promise from €80.50 by Dec 5, 2026 to no amount stated, no date stated");
    expect(describeChange(entry({ field: "promise", from: "- 2026-12-05", to: "USD 10000 -", detail: "correction cleared" }))).toBe("cleared the promise correction (back to the extracted $100.00, no date stated)");
  });

  it("counts a note's edit window down to its end", () => {
    const until = new Date("2026-12-01T14:20:00Z");
    expect(minutesLeft(until, Date.parse("2026-12-01T14:05:00Z"))).toBe(15);
    expect(minutesLeft(until, Date.parse("2026-12-01T14:19:30Z"))).toBe(1);
    expect(minutesLeft(until, Date.parse("2026-12-01T14:20:00Z"))).toBeNull();
  });
});
