// Words and times of the review panel. Pure and safe in the browser; times in the dashboard's zone.
import { labelForKey } from "@/lib/calls/outcome";
import { dateTimeFormat } from "@/lib/format/intl-formats";
import { describeTerms } from "@/lib/contacts/promise-terms-format";
import { REVIEW_STATUS_LABELS } from "@/lib/reviews/status";
import type { Label, Review, UserRef } from "@/lib/reviews/review-state";

export const nameOf = (user: UserRef | null | undefined): string => (user ? user.name.trim() || user.email : "someone");

export function formatWhen(at: Date | string, timeZone: string): string {
  return dateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(at));
}

export function formatClock(at: Date | string, timeZone: string): string {
  return dateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(at));
}

/** The AI's label by its key ("Call back requested", not "CALL BACK REQUESTED"); a correction as the reviewer typed it. */
export const labelText = (label: Label, asTyped = false): string =>
  (asTyped ? label.label?.trim() : null) || (label.key ? labelForKey(label.key) : label.label?.trim() || "None");

/** The other person's review in one line, for the conflict message. */
export function describeReview(review: Review): string {
  const parts = [`status ${REVIEW_STATUS_LABELS[review.status]}`];
  parts.push(`outcome ${labelText(review.outcome.effective, Boolean(review.outcome.correction))}${review.outcome.correction ? " (corrected)" : ""}`);
  parts.push(`sentiment ${labelText(review.sentiment.effective, Boolean(review.sentiment.correction))}${review.sentiment.correction ? " (corrected)" : ""}`);
  if (review.promise.correction) parts.push(`promise ${describeTerms(review.promise.correction)} (corrected)`);
  parts.push(review.assignee ? `assigned to ${nameOf(review.assignee)}` : "not assigned");
  return parts.join(", ");
}

/** "12 min" left of a note's edit window, or null once it has closed. */
export function minutesLeft(until: Date | string, now: number): number | null {
  const ms = new Date(until).getTime() - now;
  return ms > 0 ? Math.ceil(ms / 60_000) : null;
}
