// POST /api/auth/sign-out - ends this browser's session and clears its cookie
import { signOut } from "@/lib/auth/sign-in";
import { readErrorResponse } from "@/lib/http/read-errors";
import { assertSameOrigin } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const cookies = await signOut(request.headers);
    return Response.json({ ok: true }, { headers: cookies });
  } catch (error) {
    return readErrorResponse(error); // 503 while the database is down
  }
}
