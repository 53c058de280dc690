export default function ContactLoading() {
  return (
    <section className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">Contact</h1>
      <p className="text-sm text-muted">Reading the calls…</p>
    </section>
  );
}
