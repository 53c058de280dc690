// Cookie-setting POSTs (sign-in, sign-out, setup) only from this site's own pages: a cross-site
// form or fetch is refused (CSRF). Server actions have Next.js's own check of the same kind.
import { getEnv } from "@/lib/env";
import { ApiError } from "./errors";

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") throw new ApiError(403, "forbidden", "Requests from other sites are refused.");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const appUrl = getEnv().APP_URL;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, "forbidden", "Requests from other sites are refused.");
  }
  if (originHost === host || (appUrl && new URL(appUrl).host === originHost)) return;
  throw new ApiError(403, "forbidden", "Requests from other sites are refused.");
}
