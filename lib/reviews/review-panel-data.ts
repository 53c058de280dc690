import "server-only";
// What the review panel reads (the call page's and review mode's): the review with its notes, tags
// and history, the tags in use for completion and the people calls can be assigned to. The last
// two are the same for every call and kept a few seconds (lib/calls/shared-read.ts states how a
// write is seen); the review itself is read fresh on every view, so a change saved is on the next.
import { listAssigneesShared } from "@/lib/calls/list-assignees";
import { getReview, type CallReviewDetail } from "./get-review";
import type { Review } from "./review-state";
import { listTagsInUseShared, type TagInUse } from "./tags";

export type ReviewPanelData = { detail: CallReviewDetail | null; inUse: TagInUse[]; assignable: { id: string; email: string }[] };

/** Every read of the panel at once; `review`: the call's readReview when the page already started it. */
export async function loadReviewPanel(callId: string, review?: Promise<Review | null>): Promise<ReviewPanelData> {
  const [detail, inUse, users] = await Promise.all([getReview(callId, review), listTagsInUseShared(100), listAssigneesShared()]);
  return { detail, inUse, assignable: users.map(({ id, email }) => ({ id, email })) };
}
