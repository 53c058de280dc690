// Svix signature verification, on the raw body's BYTES as received, before anything is decoded,
// parsed or stored. Not through the `svix` package: it turns a Buffer into a string first, so a body
// that is not valid UTF-8 (or anything a decoder changes) would fail with a misleading 401. The
// scheme is small: base64 HMAC-SHA256, keyed with the base64 part of `whsec_...`, over
// `{svix-id}.{svix-timestamp}.{body}` (levers-webhooks.md); the test vector pins it.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/http/errors";

/** Svix's own tolerance: a timestamp further than this from now, either way, is a replay. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export type SvixHeaders = { id: string; timestamp: Date; signature: string };

const REQUIRED = ["svix-id", "svix-timestamp", "svix-signature"] as const;

const keys = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = Buffer.from(secret.replace(/^whsec_/, ""), "base64")));
  return key;
}

/** The `v1,` entries of svix-signature, decoded; other versions are ignored, as Svix's libraries do. */
function signaturesIn(header: string): Buffer[] {
  return header
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => Buffer.from(entry.slice(3), "base64"));
}

/** What the svix headers say, for the delivery log, even when the delivery is refused. */
export function readSvixHeaders(headers: Headers): { id: string | null; timestamp: Date | null } {
  const seconds = Number(headers.get("svix-timestamp"));
  return {
    id: headers.get("svix-id")?.slice(0, 200) || null,
    timestamp: headers.get("svix-timestamp") && Number.isInteger(seconds) && Math.abs(seconds) < 1e11 ? new Date(seconds * 1000) : null,
  };
}

/** Throws a 401 ApiError unless one of `secrets` signed `rawBody` with these headers, recently. */
export function verifyLeversSignature(rawBody: Uint8Array | string, headers: Headers, secrets: readonly string[]): SvixHeaders {
  const missing = REQUIRED.filter((name) => !headers.get(name));
  if (missing.length) {
    throw new ApiError(401, "missing_signature_headers", `Missing signature header${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`, { missing });
  }
  const id = headers.get("svix-id")!;
  const timestampHeader = headers.get("svix-timestamp")!;
  const signature = headers.get("svix-signature")!;

  const seconds = Number(timestampHeader);
  if (!/^\d+$/.test(timestampHeader) || !Number.isSafeInteger(seconds)) {
    throw new ApiError(401, "invalid_signature", "svix-timestamp must be Unix seconds.");
  }
  const skew = Math.floor(Date.now() / 1000) - seconds;
  if (Math.abs(skew) > TIMESTAMP_TOLERANCE_SECONDS) {
    throw new ApiError(
      401,
      "timestamp_out_of_tolerance",
      `svix-timestamp is ${Math.abs(skew)} s in the ${skew > 0 ? "past" : "future"}; at most ${TIMESTAMP_TOLERANCE_SECONDS} s is accepted (replay protection). Check the server clock.`,
    );
  }

  const offered = signaturesIn(signature);
  for (const secret of secrets) {
    const expected = createHmac("sha256", keyOf(secret)).update(`${id}.${timestampHeader}.`).update(rawBody).digest();
    if (offered.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) {
      return { id, timestamp: new Date(seconds * 1000), signature };
    }
  }
  throw new ApiError(401, "invalid_signature", "No signature in svix-signature matches the body with a configured secret (is LEVERS_WEBHOOK_SECRET the endpoint's secret?).");
}
