import "server-only";
// Bulk actions on the selected rows (ids) or on the whole filtered set of the list (its filters,
// through the one filter builder). Each is ONE statement: select the calls, change what differs,
// and write a history row per changed call; the audit event (one per action, with the selection
// and the counts) commits in the same transaction. Changed reviews get a new version, so anyone
// editing one of them meanwhile is refused and shown the bulk change.
import { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { buildCallWhere, type WhereContext } from "@/lib/calls/call-where";
import { serializeCallFilters, type CallFilters } from "@/lib/calls/filters";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCanReview, auditActor, type ReviewActor } from "./actor";
import { assertActiveUser } from "./assignment";
import { assertTag, forgetTagsInUse } from "./tags";

export const MAX_BULK_IDS = 1000;
/** A bulk action on a large filtered set is maintenance-sized work, not a page query. */
const BULK_TIMEOUT_MS = 300_000;

/** Selected rows, or every call matching the list's filters (as parseCallFilters gives them). */
export type BulkSelection = { ids: string[] } | { filters: CallFilters };
/** `matched`: calls selected; `changed`: those the action changed (the others already were so). */
export type BulkResult = { matched: number; changed: number };

const idsSchema = z.array(z.uuid()).min(1, "Select at least one call.").max(MAX_BULK_IDS, `Select at most ${MAX_BULK_IDS} calls, or act on the whole filtered list.`);

function selectionSql(selection: BulkSelection, by: ReviewActor, context: Omit<WhereContext, "userId">): { where: Prisma.Sql; details: Prisma.InputJsonObject } {
  if ("ids" in selection) {
    const ids = idsSchema.parse(selection.ids);
    return { where: Prisma.sql`id = ANY(${ids}::uuid[])`, details: { ids } };
  }
  const where = buildCallWhere(selection.filters, { ...context, userId: by.user.id });
  return { where, details: { filters: serializeCallFilters(selection.filters).toString() } };
}

async function runBulk(
  selection: BulkSelection,
  by: ReviewActor,
  context: Omit<WhereContext, "userId">,
  action: AuditAction,
  statement: (where: Prisma.Sql) => Prisma.Sql,
  extra: Prisma.InputJsonObject,
  check?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<BulkResult> {
  assertCanReview(by);
  const { where, details } = selectionSql(selection, by, context);
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(BULK_TIMEOUT_MS)}, true)`;
      await check?.(tx);
      const [row] = await tx.$queryRaw<BulkResult[]>(statement(where));
      const result = row ?? { matched: 0, changed: 0 };
      await recordAuditEvent({ action, actor: auditActor(by), origin: by.origin, details: { ...details, ...extra, ...result } }, tx);
      return result;
    },
    { timeout: BULK_TIMEOUT_MS + 5_000, maxWait: 10_000 },
  );
}

/** Marks every selected call reviewed (calls already reviewed are left as they are). */
export async function bulkMarkReviewed(selection: BulkSelection, by: ReviewActor, context: Omit<WhereContext, "userId">): Promise<BulkResult> {
  const actor = by.user.id;
  return runBulk(selection, by, context, "reviews.bulk_marked_reviewed", (where) => Prisma.sql`
    WITH target AS (SELECT id FROM calls WHERE ${where}),
    before AS (
      SELECT t.id, coalesce(r.status, 'not_reviewed') AS old
      FROM target t LEFT JOIN call_reviews r ON r.call_id = t.id
      WHERE r.status IS DISTINCT FROM 'reviewed'
    ),
    changed AS (
      INSERT INTO call_reviews AS r (call_id, status, version, updated_by, updated_at)
      SELECT id, 'reviewed', 1, ${actor}, now() FROM before
      ON CONFLICT (call_id) DO UPDATE SET status = 'reviewed', version = r.version + 1, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
        WHERE r.status <> 'reviewed'
      RETURNING call_id
    ),
    history AS (
      INSERT INTO call_review_changes (call_id, actor_id, field, from_value, to_value, bulk)
      SELECT b.id, ${actor}, 'status', b.old, 'reviewed', true FROM before b JOIN changed c ON c.call_id = b.id
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM target)::int AS matched, (SELECT count(*) FROM history)::int AS changed`, { status: "reviewed" });
}

/** Assigns every selected call to `assigneeId` (an active user), or unassigns them (null). */
export async function bulkAssign(selection: BulkSelection, assigneeId: string | null, by: ReviewActor, context: Omit<WhereContext, "userId">): Promise<BulkResult> {
  const actor = by.user.id;
  const assignee = assigneeId === null ? null : z.string().min(1).max(64).parse(assigneeId);
  return runBulk(selection, by, context, "reviews.bulk_assigned", (where) => Prisma.sql`
    WITH target AS (SELECT id FROM calls WHERE ${where}),
    before AS (
      SELECT t.id, r.assignee_id AS old
      FROM target t LEFT JOIN call_reviews r ON r.call_id = t.id
      WHERE r.assignee_id IS DISTINCT FROM ${assignee}::text
    ),
    changed AS (
      INSERT INTO call_reviews AS r (call_id, assignee_id, version, updated_by, updated_at)
      SELECT id, ${assignee}::text, 1, ${actor}, now() FROM before
      ON CONFLICT (call_id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, version = r.version + 1, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
        WHERE r.assignee_id IS DISTINCT FROM EXCLUDED.assignee_id
      RETURNING call_id
    ),
    history AS (
      INSERT INTO call_review_changes (call_id, actor_id, field, from_value, to_value, bulk)
      SELECT b.id, ${actor}, 'assignee', b.old, ${assignee}::text, true FROM before b JOIN changed c ON c.call_id = b.id
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM target)::int AS matched, (SELECT count(*) FROM history)::int AS changed`,
  { assignee }, assignee === null ? undefined : (tx) => assertActiveUser(tx, assignee));
}

/** Adds `tag` to every selected call. */
export async function bulkTag(selection: BulkSelection, tagText: string, by: ReviewActor, context: Omit<WhereContext, "userId">): Promise<BulkResult> {
  const actor = by.user.id;
  const tag = assertTag(z.string().max(200).parse(tagText));
  const result = await runBulk(selection, by, context, "reviews.bulk_tagged", (where) => Prisma.sql`
    WITH target AS (SELECT id FROM calls WHERE ${where}),
    added AS (
      INSERT INTO call_tags (call_id, tag, added_by) SELECT id, ${tag}, ${actor} FROM target
      ON CONFLICT DO NOTHING RETURNING call_id
    ),
    history AS (
      INSERT INTO call_review_changes (call_id, actor_id, field, from_value, to_value, bulk)
      SELECT call_id, ${actor}, 'tag', NULL, ${tag}, true FROM added
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM target)::int AS matched, (SELECT count(*) FROM history)::int AS changed`, { tag });
  forgetTagsInUse();
  return result;
}
