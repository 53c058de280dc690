// POST /api/auth/sign-in {email, password} - a session cookie, or 401/403/429 with a reason
import { signInWithPassword } from "@/lib/auth/sign-in";
import { readErrorResponse } from "@/lib/http/read-errors";
import { readJsonBody } from "@/lib/http/read-json";
import { assertSameOrigin } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const cookies = await signInWithPassword(await readJsonBody(request), request.headers);
    return Response.json({ ok: true }, { headers: cookies });
  } catch (error) {
    return readErrorResponse(error); // 503 while the database is down
  }
}
