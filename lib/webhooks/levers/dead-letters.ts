import "server-only";
// Dead letters: deliveries that were correctly signed and still refused (400, 413, 422, or an
// unexpected 500). Nothing Levers sent is lost: the whole body (up to WEBHOOK_MAX_BODY_BYTES) and
// every header are kept, with the reason and the correlation id of an unexpected error, until an
// admin replays (replay-delivery.ts) or dismisses it. Retention never deletes an open one.
import { getDb } from "@/lib/db";
import { BODY_EXCERPT_CHARS } from "./deliveries";
import { MAX_SVIX_ID_CHARS } from "./process-delivery";
import { storableText } from "./storable-text";

export type DeadLetterState = "open" | "replayed" | "dismissed";

export type DeadLetter = {
  svixId: string;
  svixTimestamp: Date;
  headers: Headers;
  statusCode: number;
  errorCode: string;
  reason: string;
  correlationId: string | null;
  /** What was read; only its first `maxBytes` are kept. */
  body: Uint8Array;
  maxBytes: number;
};

const lenient = new TextDecoder("utf-8");

// Svix sends none of these; a proxy in front might, and credentials do not belong in the inbox.
const REDACTED_HEADERS = new Set(["authorization", "proxy-authorization", "cookie"]);
const keptHeaders = (headers: Headers) =>
  Object.fromEntries([...headers].map(([name, value]) => [name, REDACTED_HEADERS.has(name) ? "(redacted)" : storableText(value)]));

/** Stores a dead letter. Best effort: the refusal is answered whether or not this is written. */
export async function storeDeadLetter(letter: DeadLetter): Promise<void> {
  try {
    const kept = letter.body.subarray(0, letter.maxBytes);
    await getDb().webhookDelivery.create({
      data: {
        svixId: storableText(letter.svixId.slice(0, MAX_SVIX_ID_CHARS)),
        svixTimestamp: letter.svixTimestamp,
        statusCode: letter.statusCode,
        result: "rejected",
        errorCode: letter.errorCode,
        reason: storableText(letter.reason.slice(0, 2000)),
        bodyBytes: letter.body.byteLength,
        bodyExcerpt: storableText(lenient.decode(kept.subarray(0, 4 * BODY_EXCERPT_CHARS)).slice(0, BODY_EXCERPT_CHARS)) || null,
        body: Buffer.from(kept),
        // The whole svix-id is here even when the column holds only its first 256 characters.
        headers: keptHeaders(letter.headers),
        deadLetter: "open" satisfies DeadLetterState,
        correlationId: letter.correlationId,
      },
    });
  } catch (error) {
    console.error(`Could not store a dead letter (${letter.statusCode} ${letter.errorCode}, svix-id ${letter.svixId.slice(0, 64)}):`, error instanceof Error ? error.message : error);
  }
}
