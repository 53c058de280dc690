import "server-only";
// The call page's reads, all started at the top of the page so that they run together: the call
// (the layout has read it already: per-request cache), its review (once, for the promise's terms
// and the panel), the panel's other reads, the contact's calling state (from the call's own row:
// no second look-up) and its position in the list. The page awaits the call; each streamed part
// awaits its own promise. Nothing here is kept across requests except what shared-read.ts keeps.
import { z } from "zod";
import { getCallingStateOf, type CallCallingState } from "@/lib/compliance/calling-state";
import { getContactSettings } from "@/lib/contacts/settings";
import { readReview, type Review } from "@/lib/reviews/review-state";
import { loadReviewPanel, type ReviewPanelData } from "@/lib/reviews/review-panel-data";
import { getBoundedCall, type BoundedCall } from "./bounded-call";
import { findCallPosition, type CallPosition } from "./call-position";
import type { WhereContext } from "./call-where";
import type { CallFilters } from "./filters";
import type { CallSort } from "./list-params";

const callId = z.uuid();

export type CallPageInput = { id: string; filters: CallFilters; sort: CallSort; context: WhereContext };

export type CallPageReads = {
  call: Promise<BoundedCall | null>;
  review: Promise<Review | null>;
  /** Null for a role that may not review (the panel is not shown, so not read). */
  panel: Promise<ReviewPanelData> | null;
  callingState: Promise<CallCallingState>;
  position: Promise<CallPosition | null>;
  /** Resolves when every read has ended (for benchmarks and tests). */
  settled: () => Promise<void>;
};

// A part the page never renders (it answered 404 first) must not leave a rejection unhandled; the
// part that renders still gets the error from its own promise.
const handled = <T,>(promise: Promise<T>) => {
  promise.catch(() => {});
  return promise;
};

export function loadCallPage({ id, filters, sort, context }: CallPageInput, { canReview = true } = {}): CallPageReads {
  const call = handled(getBoundedCall(id));
  // A malformed id has no call (getCall answers null): no review read either.
  const review = handled(callId.safeParse(id).success ? readReview(id) : Promise.resolve(null));
  const panel = canReview ? handled(loadReviewPanel(id, review)) : null;
  const callingState = handled(call.then((found) => found && getCallingStateOf(found, getContactSettings())));
  const position = handled(
    call.then((found) =>
      found
        ? findCallPosition(found, filters, sort, context).catch((error: unknown) => {
            // The position is a nicety: a slow or failed count must not cost the user the call.
            console.error("The call's position in its list could not be counted:", error instanceof Error ? error.message : error);
            return null;
          })
        : null,
    ),
  );
  const settled = async () => {
    await Promise.allSettled([call, review, panel, callingState, position]);
  };
  return { call, review, panel, callingState, position, settled };
}

/** The parts one by one (bench:call-parts): each read of the page timed on its own. */
export function callPageParts(input: CallPageInput): Record<string, () => Promise<unknown>> {
  const settings = getContactSettings();
  const found = getBoundedCall(input.id);
  return {
    "the call (getCall)": () => getBoundedCall(input.id),
    "its review (readReview)": () => readReview(input.id),
    "the review panel (loadReviewPanel)": () => loadReviewPanel(input.id),
    "calling state (getCallingStateOf)": async () => getCallingStateOf((await found)!, settings),
    "position in the list (findCallPosition)": async () => findCallPosition((await found)!, input.filters, input.sort, input.context),
  };
}
