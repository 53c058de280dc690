import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-12 max-w-md rounded-lg border border-border bg-surface p-6">
      <h1 className="text-xl font-semibold">Not for your role</h1>
      <p className="mt-2 text-sm text-muted">
        Your account may not open this page. If you need it, ask an admin of this dashboard to change your role.
      </p>
      <Link href="/calls" className="mt-4 inline-block text-sm text-accent hover:underline">Back to the calls</Link>
    </div>
  );
}
