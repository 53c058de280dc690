// The section's view model on hand-made stats: figures in words, precision bars, the matrix's
// rows, columns and totals (zero cells without a link) and the reviewer chart's buckets.
import { describe, expect, it } from "vitest";
import { parseCallFilters } from "@/lib/calls/filters";
import { buildAgreement } from "./agreement";
import type { ReviewStats } from "./stats";
import { presentReviewStats, reviewerGrain, reviewerView } from "./stats-view";

const { filters } = parseCallFilters({});
const statuses = ["reviewed", "needs_follow_up"] as const;
// 6 reviewed calls: 3 promises (2 kept, 1 -> not interested), 2 not interested (kept), 1 wrong number -> promise.
const outcome = buildAgreement(
  [
    { ai: "payment_promise", effective: "payment_promise", calls: 2 },
    { ai: "payment_promise", effective: "not_interested", calls: 1 },
    { ai: "not_interested", effective: "not_interested", calls: 2 },
    { ai: "wrong_number", effective: "payment_promise", calls: 1 },
  ],
  "outcome", filters, [...statuses],
);
const sentiment = buildAgreement([], "sentiment", filters, [...statuses]);
const alice = { id: "a", name: "Alice", email: "alice@example.com" };
const bob = { id: "b", name: " ", email: "bob@example.com" };
const stats: ReviewStats = {
  coverage: { numerator: 6, denominator: 40, value: 0.15, definition: "reviewed calls ÷ calls" },
  outcome,
  sentiment,
  reviewers: {
    scope: "everyone",
    grain: "day",
    definition: "calls marked",
    rows: [
      { reviewer: alice, bucket: "2026-11-02", reviews: 2 },
      { reviewer: bob, bucket: "2026-11-02", reviews: 1 },
      { reviewer: alice, bucket: "2026-11-04", reviews: 3 },
    ],
  },
};

describe("presentReviewStats", () => {
  const view = presentReviewStats(stats, { from: "2026-11-01", to: "2026-11-04" });

  it("writes each ratio with what it is made of", () => {
    expect(view.empty).toBe(false);
    expect(view.coverage).toEqual({ value: "15.0%", detail: "6 of 40 calls", definition: "reviewed calls ÷ calls" });
    expect(view.outcome.agreement.value).toBe("66.7%");
    expect(view.outcome.agreement.detail).toBe("4 of 6 reviewed calls");
    expect(view.sentiment.agreement).toMatchObject({ value: "no reviewed calls", detail: "0 of 0 reviewed calls" });
  });

  it("gives one precision bar per AI label, linked to its kept calls", () => {
    expect(view.outcome.precision.map((r) => [r.key, r.fill, r.valueText])).toEqual([
      ["payment_promise", 2 / 3, "66.7% · 2 of 3"],
      ["not_interested", 1, "100.0% · 2 of 2"],
      ["wrong_number", 0, "0.0% · 0 of 1"],
    ]);
    expect(view.outcome.precision[0]!.detail).toBe("Of 3 calls the AI called Payment promise that were reviewed, 2 were Payment promise");
    expect(view.outcome.precision[0]!.href).toContain("ai_outcome=payment_promise");
    expect(view.outcome.precision[2]!.href).toBeNull();
  });

  it("lays the matrix out with totals; empty cells have no link", () => {
    const { matrix } = view.outcome;
    expect(matrix.columns).toEqual([
      // A tie: in key order.
      { key: "not_interested", label: "Not interested", total: 3 },
      { key: "payment_promise", label: "Payment promise", total: 3 },
    ]);
    expect(matrix.rows.map((r) => [r.key, r.total, r.cells.map((c) => c.calls)])).toEqual([
      ["payment_promise", 3, [1, 2]],
      ["not_interested", 2, [2, 0]],
      ["wrong_number", 1, [0, 1]],
    ]);
    expect(matrix.rows[1]!.cells[1]).toMatchObject({ calls: 0, href: null, agrees: false });
    expect(matrix.rows[1]!.cells[0]).toMatchObject({ agrees: true });
    expect(matrix.rows[1]!.cells[0]!.href).toContain("outcome=not_interested");
    expect([matrix.maxCalls, matrix.reviewed]).toEqual([2, 6]);
  });

  it("draws every day of the period, the busiest reviewer first, named by email without a name", () => {
    const reviewers = view.reviewers;
    expect(reviewers.keys).toEqual(["a", "b"]);
    expect(reviewers.config.b!.label).toBe("bob@example.com");
    expect(reviewers.points.map((p) => [p.bucket, p.total, p.counts])).toEqual([
      ["2026-11-01", 0, { a: 0, b: 0 }],
      ["2026-11-02", 3, { a: 2, b: 1 }],
      ["2026-11-03", 0, { a: 0, b: 0 }],
      ["2026-11-04", 3, { a: 3, b: 0 }],
    ]);
    expect(reviewers.total).toBe(6);
    expect(reviewers.table.columns).toEqual(["Day", "Reviews", "Alice", "bob@example.com"]);
    expect(reviewers.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Nov 2", "3", "2", "1"],
      ["Nov 4", "3", "3", "0"],
    ]);
  });

  it("is empty without reviewed calls; weeks start on Monday; a month is drawn in weeks", () => {
    const none = presentReviewStats({ ...stats, outcome: sentiment, reviewers: { ...stats.reviewers, rows: [] } }, null);
    expect(none.empty).toBe(true);
    expect(none.reviewers.points).toEqual([]);
    const weekly = reviewerView({ ...stats.reviewers, grain: "week", rows: [{ reviewer: alice, bucket: "2026-11-02", reviews: 4 }] }, { from: "2026-11-01", to: "2026-11-10" });
    expect(weekly.points.map((p) => [p.bucket, p.total])).toEqual([["2026-10-26", 0], ["2026-11-02", 4], ["2026-11-09", 0]]);
    expect([reviewerGrain("day"), reviewerGrain("week"), reviewerGrain("month")]).toEqual(["day", "week", "week"]);
  });
});
