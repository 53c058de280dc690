// GET /api/demo-recordings/:name - a demo call's generated recording (WAV), with Range support, for users who may read calls
import { withAuth, type Authed } from "@/lib/auth/with-auth";
import { demoRecordingWav, isDemoRecordingName } from "@/lib/calls/demo-recordings";
import { byteRangeResponse } from "@/lib/http/byte-range";
import { ApiError } from "@/lib/http/errors";

type Context = { params: Promise<{ name: string }> };

// Not audited: the clips are made by code, the same for every demo call, and hold nothing of a call.
export const GET = withAuth({ permission: "calls:read" }, async (request, { context }: Authed<Context>) => {
  const { name } = await context.params;
  if (!isDemoRecordingName(name)) throw new ApiError(404, "not_found", "No demo recording with this name.");
  return byteRangeResponse(request, demoRecordingWav(name), {
    "Content-Type": "audio/wav",
    // The bytes never change for a name; private: only for the signed-in browser.
    "Cache-Control": "private, max-age=86400",
    "X-Content-Type-Options": "nosniff",
  });
});
