import "server-only";
// The inbox (webhook_deliveries): ignored deliveries, and the reads of the deliveries page. The
// ingestion SQL logs accepted ones itself; refusals: log-refusal.ts (dead letters, unsigned counts).
import { getDb } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { storageUnavailable } from "@/lib/http/errors";
import { storableText } from "./storable-text";

/** Excerpts of signed bodies (shown on the page) are this many characters at most. */
export const BODY_EXCERPT_CHARS = 2048;

export type IgnoredDelivery = { svixId: string; svixTimestamp: Date; eventType: string; bodyBytes: number; body: string };

const excerptOf = (body: string | null | undefined) => (body ? storableText(body.slice(0, BODY_EXCERPT_CHARS)) : null);

/** Logs an event type we do not handle. Must commit before the 2xx that stops the sender's retries. */
export async function logIgnoredDelivery(entry: IgnoredDelivery): Promise<void> {
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

export type DeliveryListOptions = { refusedOnly?: boolean; openDeadLettersOnly?: boolean; before?: bigint; limit?: number };

/**
 * The newest deliveries first, for the deliveries page: a page of `limit`, older than the delivery
 * `before` (keyset on the id, which grows with arrival), optionally only the refused ones (4xx/5xx)
 * or only the open dead letters (what a replay button works on).
 */
export async function listRecentDeliveries({ refusedOnly = false, openDeadLettersOnly = false, before, limit = 100 }: DeliveryListOptions = {}) {
  const rows = await getDb().webhookDelivery.findMany({
    where: {
      ...(refusedOnly && { statusCode: { gte: 400 } }),
      ...(openDeadLettersOnly && { deadLetter: "open" }),
      ...(before !== undefined && { id: { lt: before } }),
    },
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
      errorCode: true,
      sourceAddress: true,
      requestCount: true,
      lastReceivedAt: true,
      deadLetter: true,
      correlationId: true,
      replayedAt: true,
      replayedBy: true,
      replayResult: true,
      dismissedAt: true,
      dismissedBy: true,
    },
  });
  const page = rows.slice(0, limit);
  return { deliveries: page, olderThan: rows.length > limit ? page[page.length - 1]!.id : null };
}
