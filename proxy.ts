// Runs before every page and API route (not static files, not the webhook):
// - pages answer 503 with the friendly page while the database is unreachable (Next.js pages cannot
//   set that status themselves; lib/http/page-availability.ts);
// - a browser without a session cookie is sent to /login?next=<path>;
// - every response gets the CSP with a fresh nonce and the other security headers.
// It only redirects: every page and route checks the session itself (lib/auth/require-user.ts).
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, REQUEST_PATH_HEADER } from "@/lib/auth/headers";
import { loginHref } from "@/lib/auth/next-path";
import { getEnv } from "@/lib/env";
import { pageAvailability } from "@/lib/http/page-availability";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

const PUBLIC_PAGES = ["/login", "/setup"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (!isApi) {
    const unavailable = await pageAvailability();
    if (unavailable) return withHeaders(unavailable, null);
  }
  const isPublic = isApi || PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
  if (!isPublic && !getSessionCookie(request)) {
    return withHeaders(NextResponse.redirect(new URL(loginHref(pathname + search), request.url)), null);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, development: getEnv().NODE_ENV === "development", https: isHttps() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_PATH_HEADER, pathname + search);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function isHttps(): boolean {
  return (getEnv().APP_URL ?? "").startsWith("https://");
}

function withHeaders(response: NextResponse, csp: string | null): NextResponse {
  response.headers.set("Content-Security-Policy", csp ?? "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  for (const [name, value] of Object.entries(staticSecurityHeaders(isHttps()))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Left out: the icons (also shown on /login, before any session) and the webhook (Levers reads no
  // HTML, and ingestion should not pay for this step).
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|api/webhooks/).*)"],
};
