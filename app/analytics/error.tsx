"use client";

export default function AnalyticsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="space-y-4">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <p role="alert" className="rounded-lg border border-border bg-surface p-4 text-sm">
        The figures could not be loaded (is the database reachable?).{" "}
        <button type="button" onClick={reset} className="text-accent underline">Try again</button>
      </p>
    </section>
  );
}
