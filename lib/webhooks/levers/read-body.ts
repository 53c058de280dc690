// Reads a request body as text, refusing with 413 as soon as it exceeds `maxBytes`: a declared
// Content-Length over the limit is refused before reading anything, and a streamed body is cut off
// at the first chunk past the limit, so an oversized body is never held in memory whole.
import { ApiError } from "@/lib/http/errors";

export type RawBody = { text: string; bytes: number };

function tooLarge(maxBytes: number, declared?: number): ApiError {
  return new ApiError(413, "payload_too_large", `The body is larger than the ${maxBytes} bytes this endpoint accepts (WEBHOOK_MAX_BODY_BYTES).`, {
    maxBytes,
    ...(declared === undefined ? {} : { contentLength: declared }),
  });
}

export async function readBodyLimited(request: Request, maxBytes: number): Promise<RawBody> {
  const header = request.headers.get("content-length");
  const declared = header === null ? NaN : Number(header);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, declared);
  if (!request.body) return { text: "", bytes: 0 };
  // HTTP framing holds the body to its declared length, so it can be read in one go (the common,
  // faster path); only a body of unknown length is read chunk by chunk against the limit.
  if (Number.isInteger(declared) && declared >= 0) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return { text: new TextDecoder().decode(bytes), bytes: bytes.byteLength };
  }

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(body), bytes };
}
