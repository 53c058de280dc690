// What a failed read means for the person who asked: the database is unavailable (retry: 503),
// the view asked for more than READ_STATEMENT_TIMEOUT_MS of work (narrow it), or a bug (500).
import { isDatabaseUnavailable, errorCodesOf } from "./database-unavailable";
import { ApiError, handleApiError, storageUnavailable } from "./errors";

/** SQLSTATE 57014 query_canceled: PostgreSQL stopped the statement at statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  return errorCodesOf(error).includes("57014");
}

export const VIEW_TOO_LARGE_MESSAGE = "This view is too large to compute in time. Narrow the date range or add a filter, then try again.";

export function viewTooLarge(): ApiError {
  return new ApiError(422, "view_too_large", VIEW_TOO_LARGE_MESSAGE);
}

/**
 * The read pool is full: Prisma could not start a transaction (the match probe's) within its wait,
 * P2028. For the reader the same as a database that does not answer: retry shortly.
 */
export function isReadPoolBusy(error: unknown): boolean {
  return errorCodesOf(error).includes("P2028");
}

/** A read route's error as its response: 503 + Retry-After, 422 view_too_large, or a generic 500 (never an empty body). */
export function readErrorResponse(error: unknown): Response {
  if (isStatementTimeout(error)) return handleApiError(viewTooLarge());
  if (!(error instanceof ApiError) && (isDatabaseUnavailable(error) || isReadPoolBusy(error))) {
    console.error("Read failed, database unavailable:", error instanceof Error ? error.message : error);
    return handleApiError(storageUnavailable());
  }
  return handleApiError(error);
}

export type ReadView<T> = { ok: true; value: T } | { ok: false; reason: "too_large" };

/**
 * Runs a page's reads; a statement cancelled at the read timeout becomes the "too large" state the
 * page renders in place of its content. Any other error is thrown on (to the error boundary).
 */
export async function readView<T>(load: () => Promise<T>): Promise<ReadView<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (isStatementTimeout(error)) return { ok: false, reason: "too_large" };
    throw error;
  }
}
