export default function Loading() {
  return <p className="text-muted">Loading deliveries…</p>;
}
