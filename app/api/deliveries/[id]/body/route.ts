// GET /api/deliveries/:id/body - a dead letter's body, byte for byte, and its headers (admins)
import { requestOrigin } from "@/lib/auth/request-origin";
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { ApiError } from "@/lib/http/errors";
import { openDeadLetter } from "@/lib/webhooks/levers/dead-letter-commands";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withAuth({ permission: "deliveries:replay" }, async (request, { user, context }: Authed<Context>) => {
  const { id } = await context.params;
  if (!/^\d{1,18}$/.test(id)) throw new ApiError(404, "not_found", "No dead letter with this id.");
  const { body, headers } = await openDeadLetter(BigInt(id), user, requestOrigin(request.headers));
  // As an HTTP message reads: the kept headers, a blank line, the body. Plain text, never rendered,
  // so whatever the sender put in it stays inert.
  const head = Object.entries(typeof headers === "object" && headers ? headers : {}).map(([name, value]) => `${name}: ${String(value)}`);
  return new Response(Buffer.concat([Buffer.from(`${head.join("\n")}\n\n`), Buffer.from(body)]), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
});
