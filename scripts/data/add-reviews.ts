// Reviews for generated data, set-based (a million calls take seconds, not hours): a share of the
// calls not yet reviewed is marked reviewed (one in ten needs follow-up) by one of four bench
// reviewers, a share of those gets its outcome corrected to another outcome (half of them their
// sentiment too), a third is assigned and a fifth tagged, each with its history rows. Corrections go
// through the calls' roll-up trigger like a reviewer's. Used by data:generate (--reviewed) and
// data:reviews.
import type pg from "pg";
import { DOCUMENTED_OUTCOMES, SENTIMENTS } from "@/lib/calls/outcome";

export type ReviewShares = { reviewed: number; corrected: number; seed: number };

export const BENCH_REVIEWERS = [1, 2, 3, 4].map((n) => ({ id: `bench-reviewer-${n}`, name: `Bench reviewer ${n}`, email: `bench-reviewer-${n}@example.invalid` }));
const TAGS = ["hardship", "complaint", "supervisor-requested", "vulnerable-customer", "dispute-letter"];

/** Adds reviews; returns how many calls were reviewed and how many corrected. */
export async function addReviews(client: pg.Client, { reviewed, corrected, seed }: ReviewShares): Promise<{ reviewed: number; corrected: number }> {
  for (const user of BENCH_REVIEWERS) {
    await client.query(
      `INSERT INTO users (id, name, email, role) VALUES ($1, $2, $3, 'agent') ON CONFLICT DO NOTHING`,
      [user.id, user.name, user.email],
    );
  }
  const outcomes = DOCUMENTED_OUTCOMES.map((o) => o.key);
  const outcomeLabels = DOCUMENTED_OUTCOMES.map((o) => o.label);
  const sentiments = SENTIMENTS.map((s) => s.key);
  const sentimentLabels = SENTIMENTS.map((s) => s.label);
  await client.query("BEGIN");
  try {
    // `h`: a stable pseudo-random number in [0, 1) per call and seed; `pick` chooses the correction.
    // Hashed from the provider's call id, which the generator derives from its seed (our own `id` is
    // new at every load), so the same seed reviews the same calls the same way.
    await client.query(
      `CREATE TEMP TABLE picked ON COMMIT DROP AS
       SELECT c.id, c.provider_call_id, c.outcome_key, c.sentiment_key, h, (abs(hashtext(c.provider_call_id || 'o' || $2)) % 1000) AS pick,
              'bench-reviewer-' || (1 + abs(hashtext(c.provider_call_id || 'r' || $2)) % 4) AS reviewer,
              now() - (abs(hashtext(c.provider_call_id || 't' || $2)) % 2592000) * interval '1 second' AS at
       FROM calls c, LATERAL (SELECT (abs(hashtext(c.provider_call_id || $2)) % 1000000) / 1000000.0 AS h) rnd
       WHERE h < $1 AND NOT EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = c.id)`,
      [reviewed, String(seed)],
    );
    await client.query(
      `CREATE TEMP TABLE fixes ON COMMIT DROP AS
       SELECT p.id, o.key AS outcome_key, o.label AS outcome, (p.h * 1000)::int % 2 = 0 AS with_sentiment,
              s.key AS sentiment_key, s.label AS sentiment
       FROM picked p,
       LATERAL (SELECT key, label FROM unnest($2::text[], $3::text[]) AS t(key, label)
                WHERE key IS DISTINCT FROM p.outcome_key ORDER BY (hashtext(key || p.pick::text)) LIMIT 1) o,
       LATERAL (SELECT key, label FROM unnest($4::text[], $5::text[]) AS t(key, label)
                WHERE key IS DISTINCT FROM p.sentiment_key ORDER BY (hashtext(key || p.pick::text)) LIMIT 1) s
       WHERE p.pick < $1::float8 * 1000`,
      [corrected, outcomes, outcomeLabels, sentiments, sentimentLabels],
    );
    await client.query(
      `UPDATE calls c SET reviewed_outcome = f.outcome, reviewed_outcome_key = f.outcome_key,
              reviewed_sentiment = CASE WHEN f.with_sentiment THEN f.sentiment END,
              reviewed_sentiment_key = CASE WHEN f.with_sentiment THEN f.sentiment_key END
       FROM fixes f WHERE c.id = f.id`,
    );
    await client.query(
      `INSERT INTO call_reviews (call_id, status, assignee_id, outcome_reason, outcome_corrected_by, outcome_corrected_at,
                                 sentiment_reason, sentiment_corrected_by, sentiment_corrected_at, version, updated_by, updated_at)
       SELECT p.id, CASE WHEN p.pick % 10 = 0 THEN 'needs_follow_up' ELSE 'reviewed' END,
              CASE WHEN p.pick % 3 = 0 THEN p.reviewer END,
              CASE WHEN f.id IS NOT NULL THEN 'Generated correction' END, CASE WHEN f.id IS NOT NULL THEN p.reviewer END, CASE WHEN f.id IS NOT NULL THEN p.at END,
              CASE WHEN f.with_sentiment THEN 'Generated correction' END, CASE WHEN f.with_sentiment THEN p.reviewer END, CASE WHEN f.with_sentiment THEN p.at END,
              2, p.reviewer, p.at
       FROM picked p LEFT JOIN fixes f ON f.id = p.id`,
    );
    await client.query(
      `INSERT INTO call_review_changes (call_id, at, actor_id, field, from_value, to_value, detail)
       SELECT p.id, p.at, p.reviewer, 'status', 'not_reviewed', r.status, NULL FROM picked p JOIN call_reviews r ON r.call_id = p.id
       UNION ALL
       SELECT f.id, p.at, p.reviewer, 'outcome', p.outcome_key, f.outcome_key, 'Generated correction' FROM fixes f JOIN picked p ON p.id = f.id
       UNION ALL
       SELECT f.id, p.at, p.reviewer, 'sentiment', p.sentiment_key, f.sentiment_key, 'Generated correction' FROM fixes f JOIN picked p ON p.id = f.id WHERE f.with_sentiment`,
    );
    await client.query(
      `INSERT INTO call_tags (call_id, tag, added_by, added_at)
       SELECT p.id, ($1::text[])[1 + abs(hashtext(p.provider_call_id || 'g')) % array_length($1::text[], 1)], p.reviewer, p.at FROM picked p WHERE p.pick % 5 = 0
       ON CONFLICT DO NOTHING`,
      [TAGS],
    );
    const { rows } = await client.query<{ reviewed: number; corrected: number }>(
      "SELECT (SELECT count(*) FROM picked)::int AS reviewed, (SELECT count(*) FROM fixes)::int AS corrected",
    );
    await client.query("COMMIT");
    return rows[0] ?? { reviewed: 0, corrected: 0 };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
