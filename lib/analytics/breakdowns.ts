// The rows of the one analytics query (queries.ts, getBreakdowns), sorted by the grouping set they
// belong to, into the shapes the series and distribution builders take.
import type { OutcomeSentimentRow, ProjectRow } from "./distributions";
import type { DurationRow } from "./durations";
import type { Totals } from "./figures";
import type { BucketOutcomeRow } from "./series";

export type BreakdownRow = Totals & {
  byBucket: boolean;
  bySentiment: boolean;
  byProject: boolean;
  byBin: boolean;
  /** The bucket's local start day (`YYYY-MM-DD`), in per-bucket rows. */
  day: string | null;
  outcomeKey: string | null;
  sentimentKey: string | null;
  projectId: string | null;
  bin: number | null;
};

export type Breakdowns = {
  totals: Totals;
  overTime: BucketOutcomeRow[];
  outcomeSentiment: OutcomeSentimentRow[];
  projects: ProjectRow[];
  durations: DurationRow[];
};

const EMPTY: Totals = {
  calls: 0, delivered: 0, promises: 0, wrongNumbers: 0, completed: 0, extensions: 0, callbacks: 0, notInterested: 0, timedDelivered: 0, averageDuration: null,
};

function totalsOf(row: BreakdownRow): Totals {
  const { calls, delivered, promises, wrongNumbers, completed, extensions, callbacks, notInterested, timedDelivered, averageDuration } = row;
  return { calls, delivered, promises, wrongNumbers, completed, extensions, callbacks, notInterested, timedDelivered, averageDuration };
}

export function splitBreakdowns(rows: BreakdownRow[]): Breakdowns {
  const result: Breakdowns = { totals: EMPTY, overTime: [], outcomeSentiment: [], projects: [], durations: [] };
  for (const row of rows) {
    const { outcomeKey, sentimentKey, projectId, calls, delivered, promises } = row;
    if (row.byBucket) {
      if (row.day !== null) result.overTime.push({ bucket: row.day, outcomeKey, calls, delivered });
    } else if (row.bySentiment) result.outcomeSentiment.push({ outcomeKey, sentimentKey, calls });
    else if (row.byProject) result.projects.push({ projectId, calls, delivered, promises });
    else if (row.byBin) result.durations.push({ bin: row.bin, calls });
    else result.totals = totalsOf(row);
  }
  return result;
}
