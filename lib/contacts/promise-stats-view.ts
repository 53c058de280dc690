// What the "Promises followed through" part of /analytics shows, from getPromiseStats: the kept
// rate with its window, the states behind it, and the amounts promised (per currency) per bucket.
import type { ChartTable } from "@/lib/analytics/chart-tables";
import { formatDay } from "@/lib/analytics/days";
import { formatCount, formatPercent } from "@/lib/analytics/format";
import { formatBucket, formatBucketTick, type Grain } from "@/lib/analytics/grain";
import { rateOf } from "@/lib/analytics/rates";
import { formatMoney } from "./promise-money";
import type { AmountTotal, PromiseStats } from "./promise-stats";
import { PROMISE_STATE_LABELS, type PromiseState } from "./promises";

export type PromiseFigure = { value: string; detail: string; definition: string };
export type AmountPoint = { bucket: string; label: string; tick: string; value: number; text: string };
export type PromiseStatsView = {
  empty: boolean;
  kept: PromiseFigure;
  states: { key: PromiseState; label: string; count: number; share: string }[];
  notJudged: string[];
  amount: PromiseFigure;
  /** While the backfill has not re-extracted every call's amount: how many of these promises it leaves out. */
  extractionNotice: string | null;
  /** The currency drawn per bucket: the one most promises state; the table has them all. */
  chartCurrency: string | null;
  points: AmountPoint[];
  table: ChartTable;
};

const promises = (n: number) => `${formatCount(n)} ${n === 1 ? "promise" : "promises"}`;
const amounts = (totals: AmountTotal[]) => totals.map((total) => formatMoney(total)).join(" · ");

export function presentPromiseStats(stats: PromiseStats, grain: Grain): PromiseStatsView {
  const { judged, states, judgeAfterDays } = stats;
  const order: PromiseState[] = ["kept", "renewed", "refused", "open"];
  const chartCurrency = stats.amounts[0]?.currency ?? null;
  const points = stats.buckets.map((b) => {
    const drawn = b.amounts.find((a) => a.currency === chartCurrency);
    return { bucket: b.bucket, label: formatBucket(b.bucket, grain), tick: formatBucketTick(b.bucket, grain), value: (drawn?.cents ?? 0) / 100, text: drawn ? formatMoney(drawn) : "none" };
  });
  return {
    empty: stats.promises === 0,
    kept: {
      value: formatPercent(rateOf(states.kept, judged), "no promise old enough"),
      detail: `${formatCount(states.kept)} of ${promises(judged)} at least ${judgeAfterDays} days old`,
      definition:
        `kept ÷ payment promises made at least ${judgeAfterDays} days ago (on or before ${formatDay(stats.judgedUntil, "dayYear")}), with a contact number; ` +
        "kept: the first later call to the same contact with a telling outcome was payment completed, as the contact page says",
    },
    states: order.map((key) => ({ key, label: PROMISE_STATE_LABELS[key], count: states[key], share: formatPercent(rateOf(states[key], judged), "–") })),
    notJudged: [
      ...(stats.tooRecent ? [`${promises(stats.tooRecent)} under ${judgeAfterDays} days old, not judged yet`] : []),
      ...(stats.withoutContact ? [`${promises(stats.withoutContact)} without a contact number, not followed`] : []),
    ],
    amount: {
      value: stats.amounts.length ? amounts(stats.amounts) : "no amount stated",
      detail: `${formatCount(stats.withAmount)} of ${promises(stats.promises)} state an amount`,
      definition:
        "the sum of the amounts the AI's summary or reasoning states (extracted, summed per currency; $ is taken for US dollars), " +
        "or a reviewer's correction of them where there is one",
    },
    extractionNotice: stats.pendingExtraction
      ? `Amounts of ${formatCount(stats.pendingExtraction)} older ${stats.pendingExtraction === 1 ? "call is" : "calls are"} still being extracted; the figures below miss them.`
      : null,
    chartCurrency,
    points,
    table: {
      columns: ["Period", "Promises", "With an amount", "Amount promised"],
      rows: stats.buckets.filter((b) => b.promises > 0).map((b) => ({
        key: b.bucket,
        cells: [{ text: formatBucket(b.bucket, grain) }, { text: formatCount(b.promises) }, { text: formatCount(b.withAmount) }, { text: b.amounts.length ? amounts(b.amounts) : "–" }],
      })),
    },
  };
}
