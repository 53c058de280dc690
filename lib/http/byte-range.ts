// Bytes held in memory, answered as HTTP range requests ask (RFC 9110, section 14): one range is
// 206 Partial Content, a range past the end 416; no Range header, one that cannot be read, or
// several ranges get the whole body with 200, as the RFC allows. Audio elements need this to seek.

/** Inclusive byte offsets. */
export type ByteRange = { start: number; end: number };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/** The range a `Range` header asks for; null to send everything, "unsatisfiable" for 416. */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = SINGLE_RANGE.exec(header?.trim() ?? "");
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (!first && !last) return null;
  if (!first) {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last ? Math.min(Number(last), size - 1) : size - 1;
  if (last && Number(last) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

/** `bytes` (or the part a Range header asks for) as a response with `headers` added. */
export function byteRangeResponse(request: Request, bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string>): Response {
  const size = bytes.byteLength;
  const range = parseByteRange(request.headers.get("range"), size);
  const common = { ...headers, "Accept-Ranges": "bytes" };
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...common, "Content-Range": `bytes */${size}` } });
  if (!range) return new Response(bytes, { headers: { ...common, "Content-Length": String(size) } });
  return new Response(bytes.subarray(range.start, range.end + 1), {
    status: 206,
    headers: { ...common, "Content-Range": `bytes ${range.start}-${range.end}/${size}`, "Content-Length": String(range.end - range.start + 1) },
  });
}
