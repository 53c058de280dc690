import { describe, expect, it } from "vitest";
import { splitBreakdowns, type BreakdownRow } from "./breakdowns";

const counts = { calls: 4, delivered: 3, promises: 1, wrongNumbers: 1, completed: 0, extensions: 0, callbacks: 0, notInterested: 1, timedDelivered: 2, averageDuration: 90 };
const row = (flags: Partial<BreakdownRow>): BreakdownRow => ({
  byBucket: false, bySentiment: false, byProject: false, byBin: false,
  day: null, outcomeKey: null, sentimentKey: null, projectId: null, bin: null, ...counts, ...flags,
});

describe("splitBreakdowns", () => {
  it("sorts rows into their grouping sets, keeping real NULLs (no project, no sentiment)", () => {
    const split = splitBreakdowns([
      row({ byBucket: true, day: "2026-10-19", outcomeKey: "payment_promise" }),
      row({ bySentiment: true, outcomeKey: "wrong_number", sentimentKey: null }),
      row({ byProject: true, projectId: null }),
      row({ byBin: true, bin: 2 }),
      row({}),
    ]);
    expect(split.overTime).toEqual([{ bucket: "2026-10-19", outcomeKey: "payment_promise", calls: 4, delivered: 3 }]);
    expect(split.outcomeSentiment).toEqual([{ outcomeKey: "wrong_number", sentimentKey: null, calls: 4 }]);
    expect(split.projects).toEqual([{ projectId: null, calls: 4, delivered: 3, promises: 1 }]);
    expect(split.durations).toEqual([{ bin: 2, calls: 4 }]);
    expect(split.totals).toEqual(counts);
  });

  it("gives empty totals when there are no rows at all", () => {
    expect(splitBreakdowns([]).totals).toMatchObject({ calls: 0, delivered: 0, averageDuration: null });
  });
});
