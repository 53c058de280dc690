// Runs once when the server starts. The first /calls after a start would otherwise wait for its
// modules, the read pool's connections, a cold PostgreSQL cache and the option counts (about a
// second at a million calls): lib/calls/warm-up.ts does that work in the background. Nothing here
// is awaited, the import included: the server (the webhook, the health check) is ready as soon as
// it would be without it. Production only: `next dev` compiles each page on its first visit.
// (NEXT_RUNTIME and NODE_ENV are Next.js's own, read here before any of our modules is loaded.)
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  import("./lib/calls/warm-up")
    .then(({ warmUpCallPages }) => warmUpCallPages())
    .catch((error: unknown) => {
      console.warn("Warming up the calls pages failed (the first view will be slower):", error instanceof Error ? error.message : error);
    });
}
