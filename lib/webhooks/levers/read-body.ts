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
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, declared);
  if (!request.body) return { text: "", bytes: 0 };

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
