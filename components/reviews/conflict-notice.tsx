"use client";
// Shown when someone else changed the review after this page read it: who, when and what it is
// now; the reviewer retries their change on that version or keeps the other person's.
import { Button } from "@/components/ui/button";
import { describeReview, formatClock, nameOf } from "./format";
import { useReview } from "./review-context";

export function ConflictNotice() {
  const { conflict, dismissConflict, timeZone, busy } = useReview();
  if (!conflict) return null;
  const { current } = conflict;
  const when = current.updatedAt ? ` at ${formatClock(current.updatedAt, timeZone)}` : "";
  return (
    <div role="alert" className="space-y-2 rounded-md border border-danger/40 bg-danger/10 p-3 text-sm">
      <p>
        <strong>{nameOf(current.updatedBy)} changed this call&apos;s review{when}:</strong> {describeReview(current)}. Your change was not saved.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={busy} onClick={() => void conflict.retry()}>Retry my change</Button>
        <Button disabled={busy} onClick={dismissConflict}>Keep theirs</Button>
      </div>
    </div>
  );
}
