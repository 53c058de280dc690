"use client";
// The review status as three buttons, the current one pressed (r / f in review mode).
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/reviews/status";
import { cn } from "@/lib/utils";
import { useReview } from "./review-context";

export function StatusControl({ status }: { status: ReviewStatus }) {
  const { setStatus, busy } = useReview();
  return (
    <div role="group" aria-label="Review status" className="flex flex-wrap gap-1.5">
      {REVIEW_STATUSES.map((value) => {
        const pressed = value === status;
        return (
          <button
            key={value}
            type="button"
            aria-pressed={pressed}
            disabled={busy}
            onClick={() => !pressed && void setStatus(value)}
            className={cn(
              "inline-flex h-8 items-center rounded-md border px-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60",
              pressed ? "border-accent bg-accent text-accent-foreground" : "border-border bg-surface hover:bg-background",
            )}
          >
            {REVIEW_STATUS_LABELS[value]}
          </button>
        );
      })}
    </div>
  );
}
