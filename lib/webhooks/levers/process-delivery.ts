import "server-only";
// What happens to a delivery once its signature holds, shared by the route and by replays of dead
// letters (replay-delivery.ts), so a replay runs exactly the code a live delivery does:
//   check   the svix-id is one we can key on (else 400)
//   decode  bytes -> text, keeping the bytes when the text cannot hold them (decode-body.ts)
//   parse   nesting (422), JSON (400), a phone_call.ended payload (422); other events are ignored
//   persist one idempotent statement (ingest.ts); 503 when the database is unavailable
import { ApiError } from "@/lib/http/errors";
import { decodeBody } from "./decode-body";
import { logIgnoredDelivery } from "./deliveries";
import { ingestCallEvent, type IngestResult } from "./ingest";
import { parseDelivery } from "./parse-delivery";

/** Longer svix-ids are refused: the id is the idempotency key, indexed in two tables. */
export const MAX_SVIX_ID_CHARS = 256;

export type VerifiedDelivery = { svixId: string; svixTimestamp: Date; bytes: Uint8Array };
export type DeliveryAnswer = ({ received: true } & IngestResult) | { ignored: true };

export async function processVerifiedDelivery({ svixId, svixTimestamp, bytes }: VerifiedDelivery): Promise<DeliveryAnswer> {
  if (svixId.length > MAX_SVIX_ID_CHARS) {
    throw new ApiError(400, "invalid_svix_id", `svix-id is ${svixId.length} characters long; at most ${MAX_SVIX_ID_CHARS} are accepted.`);
  }
  const body = decodeBody(bytes);
  const event = parseDelivery(body.text);
  const delivery = { svixId, svixTimestamp, bodyBytes: body.bytes, body: body.text };
  if (event.kind === "unhandled") {
    await logIgnoredDelivery({ ...delivery, eventType: event.type });
    return { ignored: true };
  }
  const stored = await ingestCallEvent({ ...delivery, eventType: event.type, rawBody: body.text, rawBytes: body.exactBytes, data: event.data });
  return { received: true, ...stored };
}
