import "server-only";
// Where a refusal is written: a correctly signed delivery becomes a dead letter, kept whole; a
// request nobody signed is only counted. A 503 storage_unavailable writes nothing (the database is
// what failed; the sender retries, and the retry is logged).
import type { ApiError } from "@/lib/http/errors";
import { storeDeadLetter } from "./dead-letters";
import type { RawBody } from "./read-body";
import { countUnsignedRequest, sourceAddressOf } from "./unsigned-requests";
import { readSvixHeaders, type SvixHeaders } from "./verify";

export type RefusedRequest = {
  headers: Headers;
  /** The verified svix headers, when the signature held. */
  verified: SvixHeaders | undefined;
  body: RawBody | undefined;
  maxBytes: number;
};

export async function logRefusal(refusal: ApiError, { headers, verified, body, maxBytes }: RefusedRequest): Promise<void> {
  if (refusal.code === "storage_unavailable") return;
  const correlationId = typeof refusal.details.correlationId === "string" ? refusal.details.correlationId : null;
  if (verified && body) {
    await storeDeadLetter({
      svixId: verified.id,
      svixTimestamp: verified.timestamp,
      headers,
      statusCode: refusal.status,
      errorCode: refusal.code,
      reason: refusal.message,
      correlationId,
      body: body.bytes,
      maxBytes,
    });
    return;
  }
  const svix = readSvixHeaders(headers);
  await countUnsignedRequest({
    address: sourceAddressOf(headers),
    errorCode: refusal.code,
    statusCode: refusal.status,
    reason: refusal.message,
    svixId: svix.id,
    svixTimestamp: svix.timestamp,
    bodyBytes: body?.size ?? null,
    body: body?.bytes ?? null,
  });
}
