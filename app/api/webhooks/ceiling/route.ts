// POST /api/webhooks/ceiling - the benchmark's ceiling: read the body, answer; 404 outside bench builds
/**
 * What any route handler of this Next.js build costs at the least: bench:ingest sends it the same
 * signed deliveries as the webhook and prints the webhook's throughput as a share of this one's.
 * It reads the body the way the webhook does (same limit) and nothing else: no signature, no
 * database. Only in a build made with NEXT_PUBLIC_BENCH_BUILD=1 (lib/http/bench-build.ts); in any
 * other build it answers 404 without reading anything, whatever the server's environment says.
 */
import { getEnv } from "@/lib/env";
import { errorResponse, toApiError } from "@/lib/http/errors";
import { BENCH_BUILD } from "@/lib/http/bench-build";
import { readBodyLimited } from "@/lib/webhooks/levers/read-body";

export async function POST(request: Request) {
  if (!BENCH_BUILD) return new Response(null, { status: 404 });
  try {
    const body = await readBodyLimited(request, getEnv().WEBHOOK_MAX_BODY_BYTES);
    return Response.json({ received: true, bytes: body.size });
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}
