// The review filters as SQL conditions over `calls` (part of buildCallWhere). Review status and
// assignee live in call_reviews and tags in call_tags, so these are (NOT) EXISTS subqueries on
// their primary keys; a call without a review row is "not reviewed" and has no assignee.
// Only `corrected` is also valid on the roll-up (a generated column there too).
import { Prisma } from "@/lib/generated/prisma/client";
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, type CallFilters } from "./filters";

type Context = { userId?: string };

const reviewExists = (condition: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND ${condition})`;

/** A correction of the outcome or of the sentiment: a generated column of both calls and the roll-up (indexed on calls). */
export const CORRECTED = Prisma.sql`corrected`;

export function reviewConditions(filters: CallFilters, context: Context): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const statuses = filters.reviewStatuses ?? [];
  if (statuses.length) {
    // "not reviewed" includes calls without a review row: no row whose status is outside the set.
    conditions.push(
      statuses.includes("not_reviewed")
        ? Prisma.sql`NOT ${reviewExists(Prisma.sql`r.status <> ALL(${statuses}::text[])`)}`
        : reviewExists(Prisma.sql`r.status = ANY(${statuses}::text[])`),
    );
  }
  const assignees = filters.assignees ?? [];
  if (assignees.length) {
    const ids = assignees.flatMap((value) => (value === ASSIGNEE_ME ? (context.userId ? [context.userId] : []) : value === ASSIGNEE_NOBODY ? [] : [value]));
    const either: Prisma.Sql[] = [];
    if (ids.length) either.push(reviewExists(Prisma.sql`r.assignee_id = ANY(${ids}::text[])`));
    if (assignees.includes(ASSIGNEE_NOBODY)) either.push(Prisma.sql`NOT ${reviewExists(Prisma.sql`r.assignee_id IS NOT NULL`)}`);
    conditions.push(either.length ? Prisma.sql`(${Prisma.join(either, " OR ")})` : Prisma.sql`FALSE`);
  }
  const tags = filters.tags ?? [];
  if (tags.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM call_tags t WHERE t.call_id = calls.id AND t.tag = ANY(${tags}::text[]))`);
  }
  if (filters.corrected !== undefined) conditions.push(filters.corrected ? CORRECTED : Prisma.sql`NOT ${CORRECTED}`);
  return conditions;
}
