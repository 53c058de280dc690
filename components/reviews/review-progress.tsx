import "server-only";
import type { WhereContext } from "@/lib/calls/call-where";
import type { CallFilters } from "@/lib/calls/filters";
import { formatCount } from "@/lib/calls/format";
import { getReviewProgress } from "@/lib/reviews/progress";

/** "12 of 340 reviewed" with a bar, for the list review mode works through. */
export async function ReviewProgressBar({ filters, context }: { filters: CallFilters; context: WhereContext }) {
  const { total, reviewed } = await getReviewProgress(filters, context);
  const share = total === 0 ? 0 : Math.round((reviewed / total) * 100);
  const text = `${formatCount(reviewed)} of ${formatCount(total)} reviewed`;
  return (
    <div className="flex min-w-0 flex-1 items-center gap-2">
      <div role="progressbar" aria-label="Review progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={reviewed} aria-valuetext={text} className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-border">
        <div className="h-full rounded-full bg-accent" style={{ width: `${share}%` }} />
      </div>
      <span className="text-sm whitespace-nowrap text-muted tabular-nums" data-testid="review-progress">{text}</span>
    </div>
  );
}
