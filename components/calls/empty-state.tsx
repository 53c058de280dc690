import { ButtonLink } from "@/components/ui/button";

/** Why the list is empty: no calls at all yet (how to connect Levers), or none matching the filters. */
export function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <div className="rounded-lg border border-dashed border-border bg-surface p-10 text-center">
        <h2 className="font-semibold">No calls match these filters</h2>
        <p className="mt-1 text-sm text-muted">Widen the date range, remove a filter or try other search words.</p>
        <ButtonLink href="/calls" className="mt-4">Clear filters</ButtonLink>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-border bg-surface p-10">
      <h2 className="font-semibold">No calls yet</h2>
      <p className="mt-1 text-sm text-muted">Calls appear here as soon as Levers reports them. To connect Levers:</p>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm">
        <li>In Levers, open Settings › Webhooks and add an endpoint: <code className="rounded bg-background px-1">https://&lt;this dashboard&gt;/api/webhooks/levers</code>.</li>
        <li>Subscribe it to <code className="rounded bg-background px-1">phone_call.ended</code> and copy its signing secret (<code>whsec_…</code>).</li>
        <li>Set <code className="rounded bg-background px-1">LEVERS_WEBHOOK_SECRET</code> to that secret and restart the dashboard.</li>
      </ol>
      <p className="mt-3 text-sm text-muted">
        To try the dashboard first, fill it with realistic calls: <code className="rounded bg-background px-1">npm run data:generate -- --calls 1000</code>.
      </p>
    </div>
  );
}
