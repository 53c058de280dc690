import { describe, expect, it } from "vitest";
import type { PromiseStats } from "./promise-stats";
import { presentPromiseStats } from "./promise-stats-view";

const stats: PromiseStats = {
  judgeAfterDays: 14,
  judgedUntil: "2026-11-17",
  promises: 8,
  withoutContact: 1,
  tooRecent: 2,
  states: { kept: 1, renewed: 1, refused: 0, open: 2 },
  judged: 4,
  withAmount: 3,
  amounts: [{ currency: "USD", cents: 150_050, promises: 2 }, { currency: "GBP", cents: 8_000, promises: 1 }],
  buckets: [
    { bucket: "2026-11-02", promises: 5, withAmount: 2, amounts: [{ currency: "USD", cents: 150_050, promises: 2 }] },
    { bucket: "2026-11-09", promises: 0, withAmount: 0, amounts: [] },
    { bucket: "2026-11-16", promises: 3, withAmount: 1, amounts: [{ currency: "GBP", cents: 8_000, promises: 1 }] },
  ],
  pendingExtraction: 0,
};

describe("presentPromiseStats", () => {
  const view = presentPromiseStats(stats, "week");

  it("states the kept rate with its window, and what was not judged", () => {
    expect(view.kept.value).toBe("25.0%");
    expect(view.kept.detail).toBe("1 of 4 promises at least 14 days old");
    expect(view.kept.definition).toContain("on or before Nov 17, 2026");
    expect(view.states.map((s) => [s.key, s.count, s.share])).toEqual([["kept", 1, "25.0%"], ["renewed", 1, "25.0%"], ["refused", 0, "0.0%"], ["open", 2, "50.0%"]]);
    expect(view.notJudged).toEqual(["2 promises under 14 days old, not judged yet", "1 promise without a contact number, not followed"]);
  });

  it("sums amounts per currency and draws the most stated one per bucket", () => {
    expect(view.amount).toMatchObject({ value: "$1,500.50 · £80", detail: "3 of 8 promises state an amount" });
    expect(view.chartCurrency).toBe("USD");
    expect(view.points.map((p) => [p.bucket, p.value, p.text])).toEqual([["2026-11-02", 1500.5, "$1,500.50"], ["2026-11-09", 0, "none"], ["2026-11-16", 0, "none"]]);
    expect(view.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Week of Nov 2", "5", "2", "$1,500.50"],
      ["Week of Nov 16", "3", "1", "£80"],
    ]);
  });

  it("says when the backfill has not extracted every promise's amount yet", () => {
    expect(view.extractionNotice).toBeNull();
    expect(presentPromiseStats({ ...stats, pendingExtraction: 1_234 }, "week").extractionNotice).toBe(
      "Amounts of 1,234 older calls are still being extracted; the figures below miss them.",
    );
    expect(presentPromiseStats({ ...stats, pendingExtraction: 1 }, "week").extractionNotice).toBe("Amounts of 1 older call is still being extracted; the figures below miss them.");
  });

  it("says there is no rate rather than 0 % when no promise is old enough", () => {
    const none = presentPromiseStats({ ...stats, states: { kept: 0, renewed: 0, refused: 0, open: 0 }, judged: 0, amounts: [], withAmount: 0 }, "week");
    expect(none.kept.value).toBe("no promise old enough");
    expect(none.amount.value).toBe("no amount stated");
    expect(none.chartCurrency).toBeNull();
  });
});
