import "server-only";
// For filters the roll-up cannot hold (search, phone, metadata, ...), the period's matching calls
// are read ONCE for the page's figures and its promise section: one statement materialises them
// (the id and the columns the figures read) and computes the period's breakdowns and the promise
// groups from that set. Apart, the figures and the promise section each matched the calls again:
// for a phone fragment a scan of every call, for a search the matches' heap pages twice.
import { Prisma } from "@/lib/generated/prisma/client";
import type { BreakdownRow } from "./breakdowns";
import { bucketsSql, type BucketScope } from "./queries-buckets";
import { breakdownsSql, MATCHED, readPeriod, type PeriodSource } from "./queries";

/** The statement of the promise groups, given the condition on p.call_id that selects the filters' calls. */
export type PromisesOfMatched = (matching: Prisma.Sql) => Prisma.Sql;

/**
 * What getBreakdowns gives for `source` (calls matching `where`, nothing added or taken away),
 * and the rows of `promises` over the same calls.
 */
export async function getBreakdownsAndPromises(source: PeriodSource, scope: BucketScope, promises: PromisesOfMatched): Promise<{ rows: BreakdownRow[]; promises: unknown[] }> {
  if (source.table !== "calls" || source.plus || source.minus) throw new Error("only a source of calls alone is shared");
  const buckets = await bucketsSql(source, scope);
  const matched = Prisma.raw(MATCHED);
  const breakdowns = await breakdownsSql({ table: MATCHED, where: Prisma.sql`TRUE`, labels: source.labels }, scope, buckets);
  const [row] = await readPeriod<{ rows: BreakdownRow[]; promises: unknown[] }>(source, Prisma.sql`
    WITH ${matched} AS MATERIALIZED (
      SELECT id, ended_at, outcome_key, sentiment_key, effective_outcome_key, effective_sentiment_key, project_id,
             duration_seconds, delivery_status
      FROM calls WHERE ${source.where}
    ),
    breakdowns AS (${breakdowns}),
    promise_groups AS (${promises(Prisma.sql`p.call_id IN (SELECT id FROM ${matched})`)})
    SELECT (SELECT coalesce(json_agg(breakdowns), '[]') FROM breakdowns) AS rows,
           (SELECT coalesce(json_agg(promise_groups), '[]') FROM promise_groups) AS promises`);
  if (!row) throw new Error("a SELECT without FROM always returns one row");
  return row;
}
