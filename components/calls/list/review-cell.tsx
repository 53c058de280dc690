import { Badge } from "@/components/ui/badge";
import type { CallListRow } from "@/lib/calls/list-calls";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/reviews/status";

const TONES: Record<ReviewStatus, string> = { not_reviewed: "--chart-7", reviewed: "--chart-1", needs_follow_up: "--chart-3" };

/** A row's review: its status, and who it is assigned to (nobody: nothing shown). */
export function ReviewCell({ call }: { call: Pick<CallListRow, "reviewStatus" | "assigneeId" | "assigneeName"> }) {
  const status = call.reviewStatus;
  return (
    <span className="inline-flex max-w-full items-baseline gap-x-1.5 whitespace-nowrap" data-review-status={status}>
      {status === "not_reviewed"
        ? <span className="text-xs text-muted">{REVIEW_STATUS_LABELS[status]}</span>
        : <Badge tone={TONES[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>}
      {call.assigneeId && (
        <span className="max-w-32 truncate text-xs text-muted" title={`Assigned to ${call.assigneeName ?? call.assigneeId}`}>
          <span className="sr-only">Assigned to </span>→ {call.assigneeName ?? "a former user"}
        </span>
      )}
    </span>
  );
}
