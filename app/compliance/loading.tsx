export default function ComplianceLoading() {
  return (
    <section className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">Compliance</h1>
      <p className="text-sm text-muted">Counting flagged calls…</p>
    </section>
  );
}
