// The wrapper of every route handler a person calls: it checks the session and the role, then
// runs the handler; every error, the handler's own included, goes through one mapping
// (readErrorResponse: 503 database unavailable, 422 view too large, else handleApiError).
// Without a session: 401 JSON for APIs, a redirect to /login for page-like routes (next/previous).
import "server-only";
import { ApiError } from "@/lib/http/errors";
import { readErrorResponse } from "@/lib/http/read-errors";
import { loginHref } from "./next-path";
import { can, type Permission } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

type Options = { permission: Permission; anonymous?: "json" | "redirect" };
/** What a wrapped handler receives besides the request: the signed-in user and Next's route context. */
export type Authed<C> = { user: SessionUser; context: C };
type Handler<C> = (request: Request, auth: Authed<C>) => Promise<Response>;

export function withAuth<C = unknown>({ permission, anonymous = "json" }: Options, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const user = await getSessionUser(request.headers);
      if (!user) {
        if (anonymous === "redirect") {
          const url = new URL(request.url);
          return new Response(null, { status: 303, headers: { Location: loginHref(url.pathname + url.search) } });
        }
        throw new ApiError(401, "unauthenticated", "Sign in to use this endpoint.");
      }
      if (!can(user.role, permission)) throw new ApiError(403, "forbidden", "Your role does not allow this.");
      return await handler(request, { user, context });
    } catch (error) {
      return readErrorResponse(error); // 503 when the database is down, 422 when a read timed out
    }
  };
}
