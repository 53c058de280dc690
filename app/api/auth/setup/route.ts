// POST /api/auth/setup {email, password, confirmPassword} - the first admin; 409 once anyone exists
import { createFirstAdmin } from "@/lib/auth/setup";
import { readErrorResponse } from "@/lib/http/read-errors";
import { readJsonBody } from "@/lib/http/read-json";
import { assertSameOrigin } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const cookies = await createFirstAdmin(await readJsonBody(request), request.headers);
    return Response.json({ ok: true }, { status: 201, headers: cookies });
  } catch (error) {
    return readErrorResponse(error); // 503 while the database is down
  }
}
