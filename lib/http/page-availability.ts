// Pages answer HTTP 503 with the friendly page while the database is unreachable. Next.js pages
// cannot set a status of their own (only 404/403/401 and redirects), and a page that streams has
// sent 200 before its first query; so the proxy asks first and answers the 503 itself.
// (A rewrite to an app page with status 503 was tried: with `next start -H <host>` Next.js 16.4
// builds the proxy's URL with "localhost" and takes the rewrite for an external one.)
// A database lost in the instant between the check and the page's queries still shows the same
// words, from the error boundary, with the status the stream had already sent.
import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/db/reachability";
import { RETRY_AFTER_SECONDS } from "./errors";
import { unavailablePageHtml } from "./unavailable-page";

/** The 503 page while the database is unreachable; null when it answers. */
export async function pageAvailability(): Promise<NextResponse | null> {
  if (await isDatabaseReachable()) return null;
  return new NextResponse(unavailablePageHtml(), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
