import "server-only";
// The inbox (webhook_deliveries): what the ingestion SQL does not log itself - refused and ignored
// deliveries - and the reads of the deliveries page.
import { getDb } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { storageUnavailable } from "@/lib/http/errors";

/** Refused bodies are kept up to this many characters: enough to debug, never unbounded. */
export const BODY_EXCERPT_CHARS = 2048;

export type DeliveryLogEntry = {
  svixId: string | null;
  svixTimestamp: Date | null;
  eventType?: string | null;
  statusCode: number;
  reason: string;
  bodyBytes: number | null;
  body?: string | null;
};

const excerptOf = (body: string | null | undefined) => (body ? body.slice(0, BODY_EXCERPT_CHARS).replace(/\u0000/g, "") : null);

/**
 * Logs a refused delivery. Best effort: the refusal is answered whether or not the log is written
 * (when the database is down the sender retries anyway, and the retry is logged).
 */
export async function logRefusedDelivery(entry: DeliveryLogEntry): Promise<void> {
  try {
    await getDb().webhookDelivery.create({
      data: {
        svixId: entry.svixId,
        svixTimestamp: entry.svixTimestamp,
        eventType: entry.eventType ?? null,
        statusCode: entry.statusCode,
        result: "rejected",
        reason: entry.reason.slice(0, 2000),
        bodyBytes: entry.bodyBytes,
        bodyExcerpt: excerptOf(entry.body),
      },
    });
  } catch (error) {
    console.error(`Could not log a refused webhook delivery (${entry.statusCode} ${entry.reason}):`, error instanceof Error ? error.message : error);
  }
}

/** Logs an event type we do not handle. Must commit before the 2xx that stops the sender's retries. */
export async function logIgnoredDelivery(entry: Omit<DeliveryLogEntry, "statusCode" | "reason"> & { eventType: string }): Promise<void> {
  try {
    await getDb().webhookDelivery.create({
      data: {
        svixId: entry.svixId,
        svixTimestamp: entry.svixTimestamp,
        eventType: entry.eventType.slice(0, 200),
        statusCode: 200,
        result: "ignored",
        reason: `event type "${entry.eventType.slice(0, 200)}" is not handled; acknowledged so the sender stops retrying`,
        bodyBytes: entry.bodyBytes,
        bodyExcerpt: excerptOf(entry.body),
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw storageUnavailable();
    throw error;
  }
}

export type DeliveryListOptions = { refusedOnly?: boolean; before?: bigint; limit?: number };

/**
 * The newest deliveries first, for the deliveries page: a page of `limit`, older than the delivery
 * `before` (keyset on the id, which grows with arrival), optionally only the refused ones (4xx/5xx).
 */
export async function listRecentDeliveries({ refusedOnly = false, before, limit = 100 }: DeliveryListOptions = {}) {
  const rows = await getDb().webhookDelivery.findMany({
    where: { ...(refusedOnly && { statusCode: { gte: 400 } }), ...(before !== undefined && { id: { lt: before } }) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: {
      id: true,
      svixId: true,
      svixTimestamp: true,
      receivedAt: true,
      eventType: true,
      statusCode: true,
      result: true,
      reason: true,
      bodyBytes: true,
      bodyExcerpt: true,
      callId: true,
    },
  });
  const page = rows.slice(0, limit);
  return { deliveries: page, olderThan: rows.length > limit ? page[page.length - 1]!.id : null };
}
