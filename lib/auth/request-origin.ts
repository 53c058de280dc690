// The client address and user agent of a request, for the audit trail and sign-in limits.
// The address is the right-most X-Forwarded-For entry: the one our own side of the connection saw
// (Next.js sets it from the socket; a reverse proxy in front appends the address it saw).
import type { RequestOrigin } from "@/lib/audit/record-audit-event";

const MAX_ADDRESS_LENGTH = 64;

export function requestOrigin(headers: Headers): RequestOrigin {
  const forwarded = headers.get("x-forwarded-for") ?? headers.get("x-real-ip") ?? "";
  const address = forwarded.split(",").map((part) => part.trim()).filter(Boolean).pop() ?? null;
  return {
    ipAddress: address ? address.replace(/^::ffff:/, "").slice(0, MAX_ADDRESS_LENGTH) : null,
    userAgent: headers.get("user-agent"),
  };
}
