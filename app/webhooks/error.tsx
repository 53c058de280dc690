"use client";

export default function DeliveriesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-2 rounded-lg border border-border bg-surface p-6">
      <p>The deliveries could not be loaded (is the database reachable?).</p>
      <button type="button" onClick={reset} className="rounded-md bg-accent px-3 py-1.5 text-accent-foreground">
        Try again
      </button>
    </div>
  );
}
