// Chart series over time, from rows PostgreSQL grouped by bucket and outcome (queries.ts).
// Every bucket of the range is present: an empty one is a gap in a rate (null) and zero in a count.
import type { Day } from "@/lib/calls/date-range";
import { OUTCOME_KEYS } from "@/lib/calls/outcome";
import { bucketSpan, bucketStarts, formatBucket, formatBucketTick, type Grain } from "./grain";
import { DELIVERED_STATUS, type HrefFor } from "./links";
import { bucketCoverage } from "./partial";
import type { DaySpan } from "./period";
import { rateOf } from "./rates";

/** What every series needs to know about its buckets: their size, the page's range and today (local). */
export type BucketContext = { grain: Grain; span: DaySpan | null; today: Day };

/** A bucket the range cuts or that is not over yet; `partialNote` says which days it holds. */
export type BucketMark = { partial: boolean; partialNote: string | null; /** The axis tick ("Sep 7"); `label` is the tooltip's ("Week of Sep 7"). */ tick: string };

function markOf(bucket: Day, { grain, span, today }: BucketContext): BucketMark {
  const coverage = bucketCoverage(bucket, grain, span, today);
  const tick = formatBucketTick(bucket, grain);
  return coverage.partial ? { partial: true, partialNote: coverage.note, tick } : { partial: false, partialNote: null, tick };
}

export type BucketOutcomeRow = { bucket: Day; outcomeKey: string | null; calls: number; delivered: number };

export type PromiseRatePoint = BucketMark & {
  bucket: Day;
  label: string;
  /** null: no delivered calls in the bucket, drawn as a gap. */
  rate: number | null;
  promises: number;
  delivered: number;
  calls: number;
  href: string | null;
};

/** Outcome keys as chart series keys: a call without an outcome is grouped as "none". */
export const NO_OUTCOME = "none";
export const outcomeSeriesKey = (key: string | null) => key ?? NO_OUTCOME;

/** The buckets to draw: the range's, or from the first to the last bucket with calls when it has no start. */
export function bucketsFor(rows: BucketOutcomeRow[], grain: Grain, span: DaySpan | null): Day[] {
  if (span) return bucketStarts(grain, span.from, span.to);
  const days = rows.map((row) => row.bucket).sort();
  return days.length ? bucketStarts(grain, days[0]!, days[days.length - 1]!) : [];
}

export function buildPromiseRateSeries(rows: BucketOutcomeRow[], buckets: Day[], context: BucketContext, hrefFor: HrefFor): PromiseRatePoint[] {
  const { grain, span } = context;
  const byBucket = new Map(buckets.map((bucket) => [bucket, { promises: 0, delivered: 0, calls: 0 }]));
  for (const row of rows) {
    const totals = byBucket.get(row.bucket);
    if (!totals) continue;
    totals.calls += row.calls;
    totals.delivered += row.delivered;
    if (row.outcomeKey === OUTCOME_KEYS.paymentPromise) totals.promises += row.delivered;
  }
  return buckets.map((bucket) => {
    const { promises, delivered, calls } = byBucket.get(bucket)!;
    return {
      bucket,
      label: formatBucket(bucket, grain),
      ...markOf(bucket, context),
      rate: rateOf(promises, delivered),
      promises,
      delivered,
      calls,
      href: delivered > 0 ? hrefFor({ days: bucketSpan(bucket, grain, span), deliveryStatuses: [DELIVERED_STATUS] }) : null,
    };
  });
}

export type OutcomeCountsPoint = BucketMark & {
  bucket: Day;
  label: string;
  total: number;
  counts: Record<string, number>;
  /** The bucket's calls, all outcomes; none for an empty bucket. */
  href: string | null;
  /** The calls list for one segment (bucket and outcome); none for empty segments or calls without an outcome. */
  hrefs: Record<string, string | null>;
};

export type OutcomesOverTime = {
  /** Series keys, the most frequent outcome first (the bottom of each stack). */
  keys: string[];
  points: OutcomeCountsPoint[];
};

export function buildOutcomesOverTime(rows: BucketOutcomeRow[], buckets: Day[], context: BucketContext, hrefFor: HrefFor): OutcomesOverTime {
  const { grain, span } = context;
  const totals = new Map<string, number>();
  const byBucket = new Map(buckets.map((bucket) => [bucket, new Map<string, number>()]));
  for (const row of rows) {
    const counts = byBucket.get(row.bucket);
    if (!counts) continue;
    const key = outcomeSeriesKey(row.outcomeKey);
    counts.set(key, (counts.get(key) ?? 0) + row.calls);
    totals.set(key, (totals.get(key) ?? 0) + row.calls);
  }
  const keys = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  const points = buckets.map((bucket) => {
    const counts = byBucket.get(bucket)!;
    const filled = Object.fromEntries(keys.map((key) => [key, counts.get(key) ?? 0]));
    const days = bucketSpan(bucket, grain, span);
    const hrefs = Object.fromEntries(
      keys.map((key) => [key, counts.get(key) && key !== NO_OUTCOME ? hrefFor({ days, outcomes: [key] }) : null]),
    );
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return { bucket, label: formatBucket(bucket, grain), ...markOf(bucket, context), total, counts: filled, href: total > 0 ? hrefFor({ days }) : null, hrefs };
  });
  return { keys, points };
}
