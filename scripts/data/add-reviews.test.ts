// Generated reviews are part of "same seed, same data": the same calls loaded again (with new
// ids of our own) get the same reviews, corrections and tags.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCallRecord } from "@/lib/calls/call-record";
import { generateCalls } from "@/lib/calls/generate";
import { insertCalls } from "@/lib/calls/insert-calls";
import { getDb } from "@/lib/db";
import { addReviews } from "./add-reviews";

const now = new Date("2026-11-20T12:00:00Z");
const calls = generateCalls(600, { seed: 9, now, spreadDays: 30 });

async function loadAndReview(client: pg.Client) {
  await getDb().$executeRaw`TRUNCATE calls, call_reviews, call_review_changes, call_tags CASCADE`;
  await insertCalls(calls.map((call) => ({ record: toCallRecord(call.payload), endedAt: call.endedAt })));
  const counts = await addReviews(client, { reviewed: 0.3, corrected: 0.4, seed: 7 });
  const reviews = await getDb().$queryRaw<unknown[]>`
    SELECT c.provider_call_id, r.status, r.assignee_id, c.reviewed_outcome_key, c.reviewed_sentiment_key,
           (SELECT array_agg(t.tag ORDER BY t.tag) FROM call_tags t WHERE t.call_id = c.id) AS tags,
           (SELECT array_agg(h.field || ':' || coalesce(h.to_value, '') ORDER BY h.field) FROM call_review_changes h WHERE h.call_id = c.id) AS changes
    FROM call_reviews r JOIN calls c ON c.id = r.call_id ORDER BY c.provider_call_id`;
  const ids = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text FROM calls ORDER BY provider_call_id LIMIT 1`;
  return { counts, reviews, firstId: ids[0]!.id };
}

describe("addReviews", () => {
  const client = new pg.Client(process.env.DATABASE_URL);
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("reviews, corrects and tags the same calls for the same seed when they are loaded again", async () => {
    const first = await loadAndReview(client);
    const second = await loadAndReview(client);
    expect(second.firstId).not.toBe(first.firstId); // our ids are new at each load
    expect(first.counts.reviewed).toBeGreaterThan(120);
    expect(first.counts.corrected).toBeGreaterThan(20);
    expect(second.counts).toEqual(first.counts);
    expect(second.reviews).toEqual(first.reviews);
  });
});
