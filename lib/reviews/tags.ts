import "server-only";
// Free tags on a call, stored as slugs (tag.ts). Adding and removing are set operations, so two
// people tagging one call never conflict and they take no part in the review's version.
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { assertCanReview, auditActor, type ReviewActor } from "./actor";
import { insertChanges, type Tx } from "./change-review";
import { callNotFound } from "./errors";
import { sharedRead } from "@/lib/calls/shared-read";
import { MAX_TAG_CHARS, normalizeTag } from "./tag";

const tagSchema = z.string().max(200).transform((text, context) => {
  const tag = normalizeTag(text);
  if (!tag) context.addIssue({ code: "custom", message: "A tag needs a letter or a digit." });
  return tag ?? z.NEVER;
});
const schema = z.object({ callId: z.uuid(), tag: tagSchema });
export type TagInput = z.input<typeof schema>;

export type TagInUse = { tag: string; calls: number };

/** The call's tags, in order. */
export async function listCallTags(callId: string, db: Pick<Tx, "$queryRaw"> = getDb()): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`SELECT tag FROM call_tags WHERE call_id = ${callId}::uuid ORDER BY tag`;
  return rows.map((row) => row.tag);
}

async function changeTag(input: TagInput, by: ReviewActor, adding: boolean): Promise<string[]> {
  assertCanReview(by);
  const { callId, tag } = schema.parse(input);
  const tags = await getDb().$transaction(async (tx) => {
    const exists = await tx.$queryRaw<unknown[]>`SELECT 1 FROM calls WHERE id = ${callId}::uuid`;
    if (exists.length === 0) throw callNotFound();
    const changed = adding
      ? await tx.$executeRaw`
          INSERT INTO call_tags (call_id, tag, added_by) VALUES (${callId}::uuid, ${tag}, ${by.user.id}) ON CONFLICT DO NOTHING`
      : await tx.$executeRaw`DELETE FROM call_tags WHERE call_id = ${callId}::uuid AND tag = ${tag}`;
    if (changed > 0) {
      await insertChanges(tx, callId, by.user.id, [{ field: "tag", from: adding ? null : tag, to: adding ? tag : null }]);
      const action = adding ? "review.tag_added" : "review.tag_removed";
      await recordAuditEvent({ action, actor: auditActor(by), origin: by.origin, target: { type: "call", id: callId }, details: { tag } }, tx);
    }
    return listCallTags(callId, tx);
  });
  forgetTagsInUse();
  return tags;
}

/** Adds a tag (any text, stored as its slug: "Supervisor requested" -> supervisor-requested); returns the call's tags. */
export const addTag = (input: TagInput, by: ReviewActor) => changeTag(input, by, true);

export const removeTag = (input: TagInput, by: ReviewActor) => changeTag(input, by, false);

const inUseSchema = z.object({ prefix: z.string().max(MAX_TAG_CHARS * 2).optional(), limit: z.number().int().min(1).max(100).default(20) });

/** Tags in use, most used first, for completion; `prefix` is typed text (normalised like a tag). */
export async function listTagsInUse(input: z.input<typeof inUseSchema> = {}): Promise<TagInUse[]> {
  const { prefix, limit } = inUseSchema.parse(input);
  const slug = prefix === undefined ? null : normalizeTag(prefix);
  if (prefix !== undefined && prefix.trim() !== "" && slug === null) return [];
  const pattern = slug ? `${slug.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : "%";
  return getDb().$queryRaw<TagInUse[]>`
    SELECT tag, count(*)::int AS calls FROM call_tags WHERE tag LIKE ${pattern}
    GROUP BY tag ORDER BY calls DESC, tag LIMIT ${limit}`;
}

const SHARED_LIMIT = 100;
const tagsInUse = sharedRead("tags-in-use", 5_000, () => listTagsInUse({ limit: SHARED_LIMIT }));

/**
 * The most used tags (at most 100), kept 5 s in this process (lib/calls/shared-read.ts states the
 * bound): the call page's and the list's completion. The first `limit` of the 100 are the same rows
 * listTagsInUse({ limit }) reads (one order, ties broken by tag). Adding or removing a tag here
 * (one call or in bulk) calls forgetTagsInUse().
 */
export async function listTagsInUseShared(limit: number = SHARED_LIMIT): Promise<TagInUse[]> {
  return (await tagsInUse.get()).slice(0, Math.min(limit, SHARED_LIMIT));
}
export const forgetTagsInUse = tagsInUse.forget;

export function assertTag(text: string): string {
  const tag = normalizeTag(text);
  if (!tag) throw new ApiError(422, "invalid_payload", "A tag needs a letter or a digit.");
  return tag;
}
