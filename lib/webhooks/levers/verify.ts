// Svix signature verification, on the raw body, before anything is parsed or stored.
// The `svix` package does the cryptography; the checks before it only give the sender a precise reason.
import { Webhook, WebhookVerificationError } from "svix";
import { ApiError } from "@/lib/http/errors";

/** Svix's own tolerance: a timestamp further than this from now, either way, is a replay. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export type SvixHeaders = { id: string; timestamp: Date; signature: string };

const REQUIRED = ["svix-id", "svix-timestamp", "svix-signature"] as const;

const verifiers = new Map<string, Webhook>();
function verifierFor(secret: string): Webhook {
  let verifier = verifiers.get(secret);
  if (!verifier) verifiers.set(secret, (verifier = new Webhook(secret)));
  return verifier;
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
export function verifyLeversSignature(rawBody: string, headers: Headers, secrets: readonly string[]): SvixHeaders {
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

  const svixHeaders = { "svix-id": id, "svix-timestamp": timestampHeader, "svix-signature": signature };
  for (const secret of secrets) {
    try {
      verifierFor(secret).verify(rawBody, svixHeaders);
      return { id, timestamp: new Date(seconds * 1000), signature };
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
    }
  }
  throw new ApiError(401, "invalid_signature", "No signature in svix-signature matches the body with a configured secret (is LEVERS_WEBHOOK_SECRET the endpoint's secret?).");
}
