import "server-only";
// The first /calls after a start, made cheap (instrumentation.ts runs this in the background, so
// that neither the webhook nor the health check waits for it):
// - the modules of the list and the call page, loaded by asking for each page as a visitor with a
//   session cookie that is not valid (the proxy lets it through, the page's own session check
//   answers the redirect to /login: nothing is read or shown);
// - the unfiltered list's reads: the read pool's connections, PostgreSQL's cache of the time
//   index and the roll-up, and the option counts' memo (shared with the pages, memoize.ts).
import { getEnv } from "@/lib/env";
import { listTagsInUseShared } from "@/lib/reviews/tags";
import { countByLabel } from "./label-counts";
import { listAssigneesShared } from "./list-assignees";
import { listCalls } from "./list-calls";
import { parseCallFilters } from "./filters";
import { parseListPosition } from "./list-params";

const PAGES = ["/calls", "/calls/00000000-0000-4000-8000-000000000000"];
// Both names better-auth may use (plain, and with __Secure- behind HTTPS); the value is no session.
export const NO_SESSION = "better-auth.session_token=warm-up; __Secure-better-auth.session_token=warm-up";

/** This server's own address: HOST and PORT, as scripts/dev.ts gives them to Next.js. */
function ownUrl(): string {
  const env = getEnv();
  const host = !env.HOST || env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}`;
}

export async function warmUpCallPages({ base = ownUrl(), attempts = 50, delayMs = 200 } = {}): Promise<void> {
  const reads = warmListReads(getEnv().DASHBOARD_TIMEZONE);
  for (const page of PAGES) {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const answered = await fetch(`${base}${page}`, { headers: { cookie: NO_SESSION }, redirect: "manual" }).then((response) => response.body?.cancel().then(() => true) ?? true, () => false);
      if (answered) break;
      await new Promise((resolve) => setTimeout(resolve, delayMs)); // not listening yet
    }
  }
  await reads;
}

/** The reads of the unfiltered list, as its page makes them (option counts memoised for the page). */
export async function warmListReads(timeZone: string): Promise<void> {
  const { filters } = parseCallFilters({});
  const { position } = parseListPosition({}, filters);
  const context = { now: new Date(), timeZone };
  await Promise.all([
    listCalls(filters, position, context),
    countByLabel("outcome_key", filters, context),
    countByLabel("sentiment_key", filters, context),
    countByLabel("project_id", filters, context),
    listAssigneesShared(),
    listTagsInUseShared(50),
  ]);
}
