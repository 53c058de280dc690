export default function AnalyticsLoading() {
  return (
    <section className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <p className="text-sm text-muted">Counting calls…</p>
    </section>
  );
}
