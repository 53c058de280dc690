import type { CallPosition as Position } from "@/lib/calls/call-position";

/** "3 of 67" between the step buttons, streamed after the page (in a Suspense boundary); nothing where it is not cheap to know. */
export async function CallPosition({ position: pending }: { position: Promise<Position | null> }) {
  const position = await pending;
  if (!position) return null;
  return (
    <span className="px-1 text-sm whitespace-nowrap text-muted tabular-nums" data-testid="call-position">
      <span className="sr-only">Call </span>
      {position.index.toLocaleString("en-US")} of {position.total.toLocaleString("en-US")}
      <span className="sr-only"> in this list</span>
    </span>
  );
}
