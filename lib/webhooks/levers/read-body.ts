// Reads a request body as bytes, never holding more than twice `maxBytes`: a declared
// Content-Length beyond that is refused with 413 before reading anything, and a streamed body is cut
// off at the first chunk past it. A body between `maxBytes` and twice that is read whole, only so
// that its signature can be checked: a correctly signed oversized delivery is then refused with 413
// and kept as a dead letter (its first `maxBytes`), an unsigned one is only counted.
import { ApiError } from "@/lib/http/errors";

export type RawBody = { bytes: Uint8Array; size: number; oversized: boolean };

/** How much more than the limit is read to verify an oversized body's signature. */
export const OVERSIZE_READ_FACTOR = 2;

export function tooLarge(maxBytes: number, declared?: number): ApiError {
  return new ApiError(413, "payload_too_large", `The body is larger than the ${maxBytes} bytes this endpoint accepts (WEBHOOK_MAX_BODY_BYTES).`, {
    maxBytes,
    ...(declared === undefined ? {} : { contentLength: declared }),
  });
}

export async function readBodyLimited(request: Request, maxBytes: number): Promise<RawBody> {
  const readLimit = OVERSIZE_READ_FACTOR * maxBytes;
  const header = request.headers.get("content-length");
  const declared = header === null ? NaN : Number(header);
  if (Number.isFinite(declared) && declared > readLimit) throw tooLarge(maxBytes, declared);
  const done = (bytes: Uint8Array): RawBody => ({ bytes, size: bytes.byteLength, oversized: bytes.byteLength > maxBytes });
  if (!request.body) return done(new Uint8Array(0));
  // HTTP framing holds the body to its declared length, so it can be read in one go (the common,
  // faster path); only a body of unknown length is read chunk by chunk against the limit.
  if (Number.isInteger(declared) && declared >= 0) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > readLimit) throw tooLarge(maxBytes);
    return done(bytes);
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) break;
    size += value.byteLength;
    if (size > readLimit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return done(Buffer.concat(chunks, size));
}
