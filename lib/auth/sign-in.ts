// Email and password sign-in and sign-out, with the failure limits and the audit trail around
// better-auth's own check of the password.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { getAuth } from "./auth";
import { libraryErrorStatus } from "./library-error";
import { signInSchema } from "./credentials";
import { requestOrigin } from "./request-origin";
import { getSessionUser } from "./session";
import { forgetSession } from "./session-cache";
import { checkSignInLimit, clearEmailFailures, describeRetry, recordSignInFailure, type SignInLimit } from "./sign-in-limit";

const WRONG = "That email and password do not match an account.";

function tooMany(limit: Extract<SignInLimit, { locked: true }>, now: Date): ApiError {
  const seconds = Math.max(1, Math.ceil((limit.retryAt.getTime() - now.getTime()) / 1000));
  return new ApiError(429, "too_many_attempts", describeRetry(limit.retryAt, now), { retryAt: limit.retryAt.toISOString() }, {
    "Retry-After": String(seconds),
  });
}

/** Only what better-auth needs: it must not judge the browser's Origin (ours is checked by the route). */
function forwardedHeaders(headers: Headers): Headers {
  const kept = new Headers();
  for (const name of ["user-agent", "x-forwarded-for"]) {
    const value = headers.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

/** Signs in; returns the Set-Cookie headers of the new session, or throws an ApiError. */
export async function signInWithPassword(input: unknown, headers: Headers, now = new Date()): Promise<Headers> {
  const { email, password } = signInSchema.parse(input);
  const origin = requestOrigin(headers);
  const address = origin.ipAddress ?? "unknown";
  const limit = await checkSignInLimit(email, address, now);
  if (limit.locked) throw tooMany(limit, now);

  let result;
  try {
    result = await getAuth().api.signInEmail({ body: { email, password, rememberMe: true }, headers: forwardedHeaders(headers), returnHeaders: true });
  } catch (error) {
    const status = libraryErrorStatus(error);
    if (status === null || status >= 500) throw error;
    const after = await recordSignInFailure(email, address, now);
    await recordAuditEvent({ action: "auth.sign_in_failed", actor: { id: null, email }, origin, details: { reason: "wrong_credentials" } });
    if (after.locked) {
      await recordAuditEvent({ action: "auth.lockout", actor: { id: null, email }, origin, details: { by: after.by, until: after.retryAt.toISOString() } });
      throw tooMany(after, now);
    }
    throw new ApiError(401, "invalid_credentials", WRONG);
  }

  const user = await getDb().user.findUnique({ where: { id: result.response.user.id }, select: { id: true, email: true, active: true } });
  if (!user?.active) {
    await getDb().session.deleteMany({ where: { token: result.response.token } });
    await recordAuditEvent({ action: "auth.sign_in_failed", actor: { id: user?.id ?? null, email }, origin, details: { reason: "deactivated" } });
    throw new ApiError(403, "account_deactivated", "This account is deactivated. Ask an admin of this dashboard to reactivate it.");
  }
  await Promise.all([
    getDb().user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    clearEmailFailures(email),
    recordAuditEvent({ action: "auth.sign_in", actor: { id: user.id, email: user.email }, origin }),
  ]);
  return result.headers;
}

/** Ends the session of this request (if any); returns the headers that clear its cookie. */
export async function signOut(headers: Headers): Promise<Headers> {
  const user = await getSessionUser(headers);
  const cookie = new Headers();
  const value = headers.get("cookie");
  if (value) cookie.set("cookie", value);
  const result = await getAuth().api.signOut({ headers: cookie, returnHeaders: true }).catch((error: unknown) => {
    const status = libraryErrorStatus(error);
    if (status !== null && status < 500) return null;
    throw error;
  });
  if (user) forgetSession(user.sessionId);
  if (user) await recordAuditEvent({ action: "auth.sign_out", actor: { id: user.id, email: user.email }, origin: requestOrigin(headers) });
  return result?.headers ?? new Headers();
}
