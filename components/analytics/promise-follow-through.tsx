// "Promises followed through": the kept rate as seen in the later calls, with its window and the
// states behind it, and the amounts the promises state, per period.
import type { PromiseStatsView } from "@/lib/contacts/promise-stats-view";
import { ChartCard, EmptyChart } from "./chart-card";
import { PromiseAmountChart } from "./promise-amount-chart";

export function PromiseFollowThrough({ view, grain }: { view: PromiseStatsView; grain: string }) {
  return (
    <section aria-labelledby="promise-follow-through-title" data-section="promise-follow-through" className="space-y-4">
      <div>
        <h2 id="promise-follow-through-title" className="text-lg font-semibold">Promises followed through</h2>
        <p className="text-sm text-muted">The payment promises of these filters and this period, and what the later calls to the same contact show became of them.</p>
      </div>
      {view.empty ? (
        <EmptyChart>No payment promises in this period.</EmptyChart>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <div data-figure="kept-promises" className="min-w-0 rounded-lg border border-border bg-surface p-4">
            <h3 className="text-xs font-medium text-muted">Promises kept, as seen in calls</h3>
            <p data-value className="mt-1 text-3xl font-semibold tabular-nums">{view.kept.value}</p>
            <p className="mt-1 text-xs text-muted"><span data-detail>{view.kept.detail}</span><span className="block">= {view.kept.definition}</span></p>
            <dl className="mt-3 grid grid-cols-[minmax(0,1fr)_auto_auto] gap-x-3 gap-y-1 text-sm tabular-nums">
              {view.states.map((state) => (
                <div key={state.key} data-state={state.key} className="contents">
                  <dt className="min-w-0 text-muted">{state.label}</dt>
                  <dd className="text-right">{state.count.toLocaleString("en-US")}</dd>
                  <dd className="text-right text-muted">{state.share}</dd>
                </div>
              ))}
            </dl>
            {view.notJudged.map((line) => <p key={line} className="mt-2 text-xs text-muted">{line}.</p>)}
            <p className="mt-2 text-xs text-muted">A payment made outside a call, or a call the AI did not classify, is not seen.</p>
          </div>
          <ChartCard id="promise-amounts" title={`Amount promised per ${grain}`} definition={`${view.amount.detail}: ${view.amount.definition}.`} table={view.table}>
            {view.extractionNotice && (
              <p role="status" data-notice="amounts-extracting" className="mb-2 rounded-md border border-border bg-background px-3 py-2 text-xs text-muted">{view.extractionNotice}</p>
            )}
            <p data-figure="amount-promised" className="mb-2 text-xl font-semibold tabular-nums"><span data-value>{view.amount.value}</span></p>
            {view.chartCurrency ? (
              <PromiseAmountChart points={view.points} currency={view.chartCurrency} />
            ) : (
              <EmptyChart>No promise in this period states an amount.</EmptyChart>
            )}
          </ChartCard>
        </div>
      )}
    </section>
  );
}
