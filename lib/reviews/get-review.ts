import "server-only";
// Everything the call page shows of a call's review: the review itself (with the version to send
// back), the notes thread, the tags and the history of changes, newest first.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listNotes, type Note } from "./notes";
import { readReview, type Review, type UserRef } from "./review-state";
import { listCallTags } from "./tags";
import type { ReviewField } from "./change-review";

export const HISTORY_LIMIT = 500;

/**
 * One change: `from`/`to` are keys for outcome and sentiment, statuses for status, user ids for
 * assignee (`fromUser`/`toUser` name them), tags for tag, note texts for note. `detail` holds a
 * correction's reason, or the note's id.
 */
export type ReviewHistoryEntry = {
  id: string;
  at: Date;
  actor: UserRef | null;
  field: ReviewField;
  from: string | null;
  to: string | null;
  fromUser: UserRef | null;
  toUser: UserRef | null;
  detail: string | null;
  /** Made by a bulk action. */
  bulk: boolean;
};

export type CallReviewDetail = { review: Review; notes: Note[]; tags: string[]; history: ReviewHistoryEntry[] };

const user = (alias: string) =>
  Prisma.raw(`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email) END`);

async function listHistory(callId: string): Promise<ReviewHistoryEntry[]> {
  return getDb().$queryRaw<ReviewHistoryEntry[]>`
    SELECT h.id::text, h.at, ${user("a")} AS actor, h.field, h.from_value AS "from", h.to_value AS "to",
           CASE WHEN h.field = 'assignee' THEN ${user("f")} END AS "fromUser",
           CASE WHEN h.field = 'assignee' THEN ${user("t")} END AS "toUser",
           h.detail, h.bulk
    FROM call_review_changes h
    LEFT JOIN users a ON a.id = h.actor_id
    LEFT JOIN users f ON h.field = 'assignee' AND f.id = h.from_value
    LEFT JOIN users t ON h.field = 'assignee' AND t.id = h.to_value
    WHERE h.call_id = ${callId}::uuid
    ORDER BY h.id DESC LIMIT ${HISTORY_LIMIT}`;
}

/**
 * The review of a call for its page, or null for an unknown (or malformed) id. Its four reads start
 * together (one round trip's wait, not two); `review` is the call's readReview when the page
 * already started it (the promise's terms above the panel show the same one).
 */
export async function getReview(callId: string, review?: Promise<Review | null>): Promise<CallReviewDetail | null> {
  const parsed = z.uuid().safeParse(callId);
  if (!parsed.success) return null;
  const [found, notes, tags, history] = await Promise.all([review ?? readReview(parsed.data), listNotes(parsed.data), listCallTags(parsed.data), listHistory(parsed.data)]);
  return found && { review: found, notes, tags, history };
}
