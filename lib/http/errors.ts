// One error type for every API route, and one function that turns any error into a response.
// Bodies are always `{ error: { code, message, ... } }`; unknown errors become a generic 500 whose
// details go to the server log only, under a short correlation id that the 500 body repeats.
import { randomBytes } from "node:crypto";
import { ZodError } from "zod";

export type ApiErrorCode =
  | "bad_request"
  | "invalid_json"
  | "invalid_payload"
  | "missing_signature_headers"
  | "invalid_signature"
  | "timestamp_out_of_tolerance"
  | "payload_too_large"
  | "nesting_too_deep"
  | "invalid_svix_id"
  | "webhook_secret_not_configured"
  | "storage_unavailable"
  | "unauthenticated"
  | "forbidden"
  | "invalid_credentials"
  | "too_many_attempts"
  | "account_deactivated"
  | "setup_closed"
  | "conflict"
  | "edit_window_closed"
  | "not_found"
  | "view_too_large"
  | "too_many_exports"
  | "internal_error";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Extra fields of the error body, e.g. `issues` naming each bad field. */
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Seconds a sender should wait before retrying when storage is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

export function storageUnavailable(message = "The database is unavailable; retry later."): ApiError {
  return new ApiError(503, "storage_unavailable", message, {}, { "Retry-After": String(RETRY_AFTER_SECONDS) });
}

export function errorResponse(error: ApiError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, ...error.details } },
    { status: error.status, headers: error.headers },
  );
}

/** A short random id that ties a 500 answer to its line in the server log. */
export function newCorrelationId(): string {
  return randomBytes(6).toString("base64url");
}

/**
 * Maps zod errors to 422, ApiErrors to their own status, anything else to a generic 500 whose
 * details are logged (console.error) once, here, with the correlation id the answer carries.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "(body)", message: issue.message }));
    return new ApiError(422, "invalid_payload", "The request does not have the expected shape.", { issues });
  }
  const correlationId = newCorrelationId();
  console.error(`Unhandled API error [${correlationId}]:`, error);
  return new ApiError(500, "internal_error", `Something went wrong on our side; the details are in the server log under ${correlationId}.`, { correlationId });
}

export function handleApiError(error: unknown): Response {
  return errorResponse(toApiError(error));
}
