"use client";
// The review panel's shared state: the version to send with the next change (the newest of the
// page's and the last answer's), the conflict to show when someone else changed the review first,
// which form is open (review mode's shortcuts open them), and the one way every change runs:
// call the server action, toast the result, refresh the page's data.
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/app/calls/[id]/review-actions";
import { setStatusAction } from "@/app/calls/[id]/review-actions";
import type { Review } from "@/lib/reviews/review-state";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/reviews/status";

export type OpenForm = "outcome" | "sentiment" | "promise" | "tag" | null;
export type Conflict = { current: Review; retry: () => Promise<void> };

type ReviewContextValue = {
  callId: string;
  version: number;
  timeZone: string;
  /** The signed-in reviewer's id: their own notes are theirs to edit. */
  meId: string;
  /** Review mode: the queue's query string; marking then moves on to the next unreviewed call. */
  queue?: string;
  conflict: Conflict | null;
  dismissConflict: () => void;
  openForm: OpenForm;
  setOpenForm: (form: OpenForm) => void;
  busy: boolean;
  /** Runs a versioned change (`expectedVersion` filled in); true when it was saved. */
  change: <T extends { review: Review }>(work: (expectedVersion: number) => Promise<ActionResult<T>>, success: string) => Promise<ActionResult<T>>;
  /** Runs a change that takes no version (notes, tags); true when it was saved. */
  plain: <T>(work: () => Promise<ActionResult<T>>, success: string) => Promise<ActionResult<T>>;
  setStatus: (status: ReviewStatus) => Promise<void>;
};

const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReview outside ReviewProvider");
  return value;
}

type Props = { review: Review; timeZone: string; meId: string; queue?: string; children: ReactNode };

export function ReviewProvider({ review, timeZone, meId, queue, children }: Props) {
  const router = useRouter();
  const [answered, setAnswered] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [busy, setBusy] = useState(false);
  // Versions only grow: the newer of what the page was rendered with and what the last change answered.
  const version = Math.max(review.version, answered);

  const plain = useCallback(async <T,>(work: () => Promise<ActionResult<T>>, success: string) => {
    setBusy(true);
    try {
      const result = await work();
      if (result.ok) {
        toast.success(success);
        router.refresh();
      } else if (result.code !== "conflict") {
        toast.error(result.message);
      }
      return result;
    } catch {
      // The network or the server went away: nothing is known to be saved.
      toast.error("Could not reach the server; nothing was saved. Try again.");
      return { ok: false as const, code: "internal_error" as const, message: "Could not reach the server." };
    } finally {
      setBusy(false);
    }
  }, [router]);

  const change = useCallback(async <T extends { review: Review }>(work: (expectedVersion: number) => Promise<ActionResult<T>>, success: string) => {
    const attempt = async (expected: number): Promise<ActionResult<T>> => {
      const result = await plain(() => work(expected), success);
      if (result.ok) {
        setAnswered((v) => Math.max(v, result.review.version));
        setConflict(null);
      } else if (result.code === "conflict" && result.current) {
        const current = result.current;
        setAnswered((v) => Math.max(v, current.version));
        toast.error("Someone else changed this review first; nothing was saved.");
        setConflict({ current, retry: async () => { await attempt(current.version); } });
        router.refresh();
      }
      return result;
    };
    return attempt(version);
  }, [plain, router, version]);

  const setStatus = useCallback(async (status: ReviewStatus) => {
    const result = await change((expectedVersion) => setStatusAction({ callId: review.callId, status, expectedVersion, ...(queue !== undefined && { queue }) }), `Marked ${REVIEW_STATUS_LABELS[status].toLowerCase()}.`);
    if (result.ok && result.nextHref && status !== "not_reviewed") router.push(result.nextHref);
  }, [change, queue, review.callId, router]);

  const value = useMemo<ReviewContextValue>(() => ({
    callId: review.callId, version, timeZone, meId, queue, conflict, dismissConflict: () => setConflict(null),
    openForm, setOpenForm, busy, change, plain, setStatus,
  }), [review.callId, version, timeZone, meId, queue, conflict, openForm, busy, change, plain, setStatus]);

  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}
