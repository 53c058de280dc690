// The refusals of review commands a reviewer can act on. Each is an ApiError, so a route answers
// it through handleApiError and a server action through runAction like any other.
import { ApiError } from "@/lib/http/errors";
import type { Review } from "./review-state";

/**
 * The review changed since the reviewer loaded it (another person, or a bulk action): nothing was
 * written. `current` is the review as it is now, to show the other person's change; send its
 * `version` with the next attempt. In a route's answer: `{ error: { code: "conflict", message, current } }`.
 */
export class ReviewConflictError extends ApiError {
  override name = "ReviewConflictError";
  constructor(readonly current: Review) {
    const who = current.updatedBy ? current.updatedBy.name || current.updatedBy.email : "someone else";
    super(409, "conflict", `This review was changed by ${who} meanwhile; nothing was saved. Check their change and try again.`, { current });
  }
}

export const NOTE_EDIT_MINUTES = 15;

export const noteEditWindowClosed = () =>
  new ApiError(409, "edit_window_closed", `A note can only be edited or deleted within ${NOTE_EDIT_MINUTES} minutes of writing it.`);

export const notAuthor = () => new ApiError(403, "forbidden", "Only its author can edit or delete a note.");

export const callNotFound = () => new ApiError(404, "not_found", "No such call.");
