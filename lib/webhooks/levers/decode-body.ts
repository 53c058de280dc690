// The received bytes as text. JSON is UTF-8 (RFC 8259), and a valid body decodes losslessly: then
// the text alone is the raw body, byte for byte (a BOM is kept as U+FEFF). Bytes that are not valid
// UTF-8 decode with U+FFFD and are kept as they came as well, so nothing that was signed is lost.

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

export type DecodedBody = { text: string; bytes: number; exactBytes: Buffer | null };

export function decodeBody(bytes: Uint8Array): DecodedBody {
  let text: string;
  let exact = true;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    exact = false;
  }
  // A NUL byte cannot be in a text column (nor in valid JSON); keep the bytes when one is dropped.
  if (text.includes("\u0000")) {
    text = text.replace(/\u0000/g, "");
    exact = false;
  }
  return { text, bytes: bytes.byteLength, exactBytes: exact ? null : Buffer.from(bytes) };
}

/** The text JSON.parse reads: RFC 8259 lets a parser ignore a leading BOM, and JSON.parse does not. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
