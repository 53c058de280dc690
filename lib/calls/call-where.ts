// Call filters as one SQL condition, shared by the list, the counts, the export and the charts.
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDateRange } from "./date-range";
import type { CallFilters } from "./filters";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export type WhereContext = { now: Date; timeZone: string };

/**
 * The SQL condition (no `WHERE`) that selects exactly the calls matching `filters`, over the
 * `calls` table's columns. Every condition is on an indexed column or expression.
 */
export function buildCallWhere(filters: CallFilters, context: WhereContext): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const { from, to } = resolveDateRange(filters.range, context.now, context.timeZone);
  if (from) conditions.push(Prisma.sql`ended_at >= ${from}`);
  if (to) conditions.push(Prisma.sql`ended_at < ${to}`);
  if (filters.outcomes.length) conditions.push(Prisma.sql`outcome_key = ANY(${filters.outcomes}::text[])`);
  if (filters.sentiments.length) conditions.push(Prisma.sql`sentiment_key = ANY(${filters.sentiments}::text[])`);
  if (filters.minDuration !== undefined) conditions.push(Prisma.sql`duration_seconds >= ${filters.minDuration}`);
  if (filters.maxDuration !== undefined) conditions.push(Prisma.sql`duration_seconds <= ${filters.maxDuration}`);
  if (filters.providerStatuses.length) conditions.push(Prisma.sql`provider_status = ANY(${filters.providerStatuses}::text[])`);
  if (filters.deliveryStatuses.length) conditions.push(Prisma.sql`delivery_status = ANY(${filters.deliveryStatuses}::text[])`);
  if (filters.projects.length) conditions.push(Prisma.sql`project_id = ANY(${filters.projects}::text[])`);
  for (const { key, value } of filters.metadata) {
    // Containment uses the GIN index on metadata.
    const match = JSON.stringify({ requestMetadata: { [key]: value } });
    conditions.push(Prisma.sql`metadata @> ${match}::jsonb`);
  }
  if (filters.phone) {
    const pattern = `%${escapeLike(filters.phone)}%`;
    conditions.push(Prisma.sql`(number_to LIKE ${pattern} OR number_from LIKE ${pattern})`);
  }
  if (filters.q) conditions.push(Prisma.sql`search_vector @@ websearch_to_tsquery('english', ${filters.q})`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

