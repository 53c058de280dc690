// Call filters as one SQL condition, shared by the list, the counts, the export and the charts.
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveDateRange } from "./date-range";
import type { CallFilters, LabelSet } from "./filters";
import { reviewConditions } from "./review-where";
import { isUnsatisfiableSearch } from "./unsatisfiable-search";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `userId`: the signed-in user, whom the assignee filter "me" stands for (without it, "me" matches nothing). */
export type WhereContext = { now: Date; timeZone: string; userId?: string };

/**
 * The columns holding the outcome and sentiment keys of a label set: the generated effective ones
 * (a correction, else the AI's key) or the AI's own. Named alike in `calls` and `call_day_cube`.
 */
export function labelColumns(labels: LabelSet | undefined): { outcome: string; sentiment: string } {
  return labels === "ai"
    ? { outcome: "outcome_key", sentiment: "sentiment_key" }
    : { outcome: "effective_outcome_key", sentiment: "effective_sentiment_key" };
}

// One value is written as `=`, not `= ANY(array)`: only then can an index on (column, sort column)
// return rows already in order (e.g. one outcome, shortest first), and the planner's estimate improves.
export function oneOf(column: string, values: string[]): Prisma.Sql {
  const [only] = values;
  return values.length === 1 && only !== undefined
    ? Prisma.sql`${Prisma.raw(column)} = ${only}`
    : Prisma.sql`${Prisma.raw(column)} = ANY(${values}::text[])`;
}

/**
 * The SQL condition (no `WHERE`) that selects exactly the calls matching `filters`, over the
 * `calls` table's columns. Every condition is on an indexed column or expression.
 */
export function buildCallWhere(filters: CallFilters, context: WhereContext): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const { from, to } = resolveDateRange(filters.range, context.now, context.timeZone);
  if (from) conditions.push(Prisma.sql`ended_at >= ${from}`);
  if (to) conditions.push(Prisma.sql`ended_at < ${to}`);
  const labels = labelColumns(filters.labels);
  if (filters.outcomes.length) conditions.push(oneOf(labels.outcome, filters.outcomes));
  if (filters.sentiments.length) conditions.push(oneOf(labels.sentiment, filters.sentiments));
  if (filters.aiOutcomes?.length) conditions.push(oneOf("outcome_key", filters.aiOutcomes));
  if (filters.aiSentiments?.length) conditions.push(oneOf("sentiment_key", filters.aiSentiments));
  if (filters.minDuration !== undefined) conditions.push(Prisma.sql`duration_seconds >= ${filters.minDuration}`);
  if (filters.maxDuration !== undefined) conditions.push(Prisma.sql`duration_seconds <= ${filters.maxDuration}`);
  if (filters.providerStatuses.length) conditions.push(oneOf("provider_status", filters.providerStatuses));
  if (filters.deliveryStatuses.length) conditions.push(oneOf("delivery_status", filters.deliveryStatuses));
  if (filters.projects.length) conditions.push(oneOf("project_id", filters.projects));
  for (const { key, value } of filters.metadata) {
    // Containment uses the GIN index on metadata.
    const match = JSON.stringify({ requestMetadata: { [key]: value } });
    conditions.push(Prisma.sql`metadata @> ${match}::jsonb`);
  }
  if (filters.phone) {
    const pattern = `%${escapeLike(filters.phone)}%`;
    // pg_trgm indexes digits only: a short fragment such as "+44" matches a large share of all
    // calls, and reading its index costs more than checking the rows other conditions find. Only
    // fragments of 3+ digits use the trigram indexes; shorter ones are plain row filters.
    const [to, from] = filters.phone.replace(/\D/g, "").length >= 3
      ? [Prisma.sql`number_to`, Prisma.sql`number_from`]
      : [Prisma.sql`(number_to || '')`, Prisma.sql`(number_from || '')`];
    conditions.push(Prisma.sql`(${to} LIKE ${pattern} OR ${from} LIKE ${pattern})`);
  }
  if (filters.q) {
    conditions.push(isUnsatisfiableSearch(filters.q) ? Prisma.sql`FALSE` : Prisma.sql`search_vector @@ websearch_to_tsquery('english', ${filters.q})`);
  }
  // `= false`/`= true` (never NULL: a call without AI turns was not checked) reads the index led by disclosure_found.
  if (filters.disclosure) conditions.push(filters.disclosure === "missing" ? Prisma.sql`disclosure_found = false` : Prisma.sql`disclosure_found = true`);
  conditions.push(...reviewConditions(filters, context));
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

