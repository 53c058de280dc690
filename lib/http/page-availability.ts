// Pages answer HTTP 503 with the friendly page while the database is unreachable. Next.js pages
// cannot set a status of their own (only 404/403/401 and redirects), and a page that streams has
// sent 200 before its first query; so the proxy asks first and rewrites to the
// /database-unavailable page with status 503 and Retry-After. A database lost in the instant
// between the check and the page's queries still shows the same state, from the error boundary.
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReachable } from "@/lib/db/reachability";
import { RETRY_AFTER_SECONDS } from "./errors";

export const UNAVAILABLE_PATH = "/database-unavailable";

export async function pageAvailability(request: NextRequest): Promise<NextResponse> {
  if (await isDatabaseReachable()) return NextResponse.next();
  return NextResponse.rewrite(new URL(UNAVAILABLE_PATH, request.url), {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
