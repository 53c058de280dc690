import "server-only";
// The review section of the call page and of review mode: status, corrections of the AI's outcome
// and sentiment and of a promise's amount and date, assignment, tags, notes and the history. Read
// here on the server; every change goes through the server actions (app/calls/[id]/review-actions.ts),
// which check the permission.
import type { ReactNode } from "react";
import { DOCUMENTED_OUTCOMES, SENTIMENTS } from "@/lib/calls/outcome";
import { showsPromise } from "@/lib/reviews/promise-shown";
import { loadReviewPanel, type ReviewPanelData } from "@/lib/reviews/review-panel-data";
import { REVIEW_STATUS_LABELS } from "@/lib/reviews/status";
import { cn } from "@/lib/utils";
import { AssigneeControl } from "./assignee-control";
import { ConflictNotice } from "./conflict-notice";
import { LabelCorrection } from "./label-correction";
import { NotesThread } from "./notes-thread";
import { PromiseCorrection } from "./promise-correction";
import { ReviewProvider } from "./review-context";
import { ReviewHistory } from "./review-history";
import { StatusControl } from "./status-control";
import { TagEditor } from "./tag-editor";

/**
 * `meId`: the signed-in reviewer. `queue`: review mode's query string (marking then moves on to the
 * next unreviewed call). `toolbar`: rendered inside the panel's state (review mode's shortcuts).
 * `data`: loadReviewPanel(callId) when the page started it with its other reads; else read here.
 */
type Props = { callId: string; meId: string; timeZone: string; queue?: string; className?: string; toolbar?: ReactNode; data?: Promise<ReviewPanelData> };

const OUTCOME_LABELS = DOCUMENTED_OUTCOMES.map((o) => o.label);
const SENTIMENT_LABELS = SENTIMENTS.map((s) => s.label);

export async function ReviewPanel({ callId, meId, timeZone, queue, className, toolbar, data }: Props) {
  const { detail, inUse, assignable } = await (data ?? loadReviewPanel(callId));
  if (!detail) return null;
  const { review, notes, tags, history } = detail;
  return (
    <section aria-labelledby="review" className={cn("min-w-0 space-y-4 rounded-lg border border-border bg-surface p-4", className)} data-testid="review-panel">
      <ReviewProvider review={review} timeZone={timeZone} meId={meId} queue={queue}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="review" className="font-semibold">
            Review <span className="ml-1 text-xs font-normal text-muted" data-testid="review-status">{REVIEW_STATUS_LABELS[review.status]}</span>
          </h2>
          {toolbar}
        </div>
        <ConflictNotice />
        <StatusControl status={review.status} />
        <LabelCorrection field="outcome" label={review.outcome} known={OUTCOME_LABELS} />
        <LabelCorrection field="sentiment" label={review.sentiment} known={SENTIMENT_LABELS} />
        {showsPromise(review) && <PromiseCorrection promise={review.promise} />}
        <AssigneeControl assignee={review.assignee} users={assignable} />
        <TagEditor tags={tags} inUse={inUse} />
        <NotesThread notes={notes} />
        <ReviewHistory history={history} timeZone={timeZone} />
      </ReviewProvider>
    </section>
  );
}

/** The panel's place while its data is read (the call streams first). */
export function ReviewPanelFallback({ className }: { className?: string }) {
  return (
    <section aria-label="Review" aria-busy="true" className={cn("min-w-0 rounded-lg border border-border bg-surface p-4", className)}>
      <p className="text-sm text-muted">Loading the review…</p>
    </section>
  );
}
