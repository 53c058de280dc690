import "server-only";
// Requests nobody signed (no or wrong signature, stale timestamp, unverifiable size) are counted,
// not stored one row each: one webhook_deliveries row per minute, source address and error code,
// whose request_count grows (an upsert on webhook_deliveries_window_key), with at most a 256-byte
// excerpt of the latest body. Addresses come from X-Forwarded-For, which a client can forge, so a
// minute holds at most MAX_ADDRESSES_PER_MINUTE addresses; later ones share one "other" row.
// A flood therefore costs a few rows, whoever sends it.
import { getPool } from "@/lib/db";
import { storableText } from "./storable-text";

export const UNSIGNED_EXCERPT_BYTES = 256;
export const MAX_ADDRESSES_PER_MINUTE = 50;
export const OTHER_ADDRESSES = "(other addresses)";

export type UnsignedRequest = {
  address: string;
  errorCode: string;
  statusCode: number;
  reason: string;
  svixId: string | null;
  svixTimestamp: Date | null;
  bodyBytes: number | null;
  body: Uint8Array | null;
};

/**
 * The client's address as the nearest proxy reports it: the last X-Forwarded-For entry (Next.js sets
 * the header from the socket when no proxy did), else X-Real-IP, else "unknown". Bounded to 64 chars.
 */
export function sourceAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return storableText(address.slice(0, 64));
}

const lenient = new TextDecoder("utf-8");
const excerptOf = (body: Uint8Array | null) =>
  body?.byteLength ? storableText(lenient.decode(body.subarray(0, UNSIGNED_EXCERPT_BYTES))) : null;

// A new address may take a slot only while the minute has fewer than MAX_ADDRESSES_PER_MINUTE rows.
// Rows only grow within a minute, so a full minute seen in any snapshot is full for good, and the
// existing row and "other" row cases need no lock. Only taking a free slot is serialised (an advisory
// lock, then a fresh snapshot), or concurrent requests would each see a free slot and overshoot.
const slotSql = (newAddress: string) => `
WITH slot AS (
  SELECT CASE WHEN EXISTS (SELECT 1 FROM webhook_deliveries WHERE window_start = date_trunc('minute', now()) AND source_address = $1 AND error_code = $2) THEN $1
              WHEN (SELECT count(*) FROM (SELECT 1 FROM webhook_deliveries WHERE window_start = date_trunc('minute', now()) LIMIT ${MAX_ADDRESSES_PER_MINUTE}) AS taken) >= ${MAX_ADDRESSES_PER_MINUTE} THEN '${OTHER_ADDRESSES}'
              ELSE ${newAddress} END AS address
)
INSERT INTO webhook_deliveries AS d (window_start, source_address, error_code, status_code, result, reason, svix_id, svix_timestamp, body_bytes, body_excerpt)
SELECT date_trunc('minute', now()), address, $2, $3, 'rejected', $4, $5, $6::timestamptz, $7::int4, $8 FROM slot WHERE address IS NOT NULL
ON CONFLICT (window_start, source_address, error_code) DO UPDATE SET
  request_count = d.request_count + 1, last_received_at = now(), status_code = EXCLUDED.status_code, reason = EXCLUDED.reason,
  svix_id = EXCLUDED.svix_id, svix_timestamp = EXCLUDED.svix_timestamp, body_bytes = EXCLUDED.body_bytes, body_excerpt = EXCLUDED.body_excerpt`;

/** Counts into an existing row or the "other" row; inserts nothing when the address could take a free slot. */
const COUNT_WITHOUT_LOCK_SQL = slotSql("NULL");
/** Run after the slot lock: a new address takes a free slot. */
const COUNT_WITH_SLOT_SQL = slotSql("$1");
const SLOT_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('webhook_deliveries:unsigned-slots'))";

/** Counts one unsigned request. Best effort, like every refusal log: the answer does not wait on it. */
export async function countUnsignedRequest(request: UnsignedRequest): Promise<void> {
  const values = [
    request.address,
    request.errorCode,
    request.statusCode,
    storableText(request.reason.slice(0, 2000)),
    request.svixId && storableText(request.svixId),
    request.svixTimestamp?.toISOString() ?? null,
    request.bodyBytes,
    excerptOf(request.body),
  ];
  try {
    const counted = await getPool().query({ name: "count-unsigned-request", text: COUNT_WITHOUT_LOCK_SQL, values });
    if (counted.rowCount) return;
    const client = await getPool().connect();
    try {
      await client.query("BEGIN");
      await client.query(SLOT_LOCK_SQL);
      await client.query({ name: "count-unsigned-request-slot", text: COUNT_WITH_SLOT_SQL, values });
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error(`Could not count an unsigned webhook request (${request.statusCode} ${request.errorCode}):`, error instanceof Error ? error.message : error);
  }
}
