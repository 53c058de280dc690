import { describe, expect, it } from "vitest";
import { buildCallWhere } from "./call-where";
import { parseCallFilters } from "./filters";

const context = { now: new Date("2026-11-30T12:00:00Z"), timeZone: "Europe/Berlin", userId: "user-1" };
const whereOf = (query: string) => buildCallWhere(parseCallFilters(new URLSearchParams(query)).filters, context);
const text = (query: string) => whereOf(query).sql.replace(/\s+/g, " ");

describe("buildCallWhere", () => {
  it("is TRUE without filters", () => {
    expect(text("")).toBe("TRUE");
  });

  it.each([
    // Outcome and sentiment filters read the effective labels (a correction, else the AI's) ...
    ["outcome=PAYMENT PROMISE", "effective_outcome_key = ?", ["payment_promise"]],
    ["outcome=a,b", "effective_outcome_key = ANY(?::text[])", [["a", "b"]]],
    ["sentiment=negative", "effective_sentiment_key = ?", ["negative"]],
    // ... or the AI's own with labels=ai; ai_outcome / ai_sentiment always the AI's.
    ["labels=ai&outcome=dispute&sentiment=negative", "outcome_key = ? AND sentiment_key = ?", ["dispute", "negative"]],
    ["ai_outcome=payment_promise&outcome=not_interested", "effective_outcome_key = ? AND outcome_key = ?", ["not_interested", "payment_promise"]],
    ["ai_sentiment=positive", "sentiment_key = ?", ["positive"]],
    ["review=reviewed,needs_follow_up", "EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.status = ANY(?::text[]))", [["reviewed", "needs_follow_up"]]],
    ["review=not_reviewed", "NOT EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.status <> ALL(?::text[]))", [["not_reviewed"]]],
    ["assignee=me", "(EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.assignee_id = ANY(?::text[])))", [["user-1"]]],
    ["assignee=nobody", "(NOT EXISTS (SELECT 1 FROM call_reviews r WHERE r.call_id = calls.id AND r.assignee_id IS NOT NULL))", []],
    ["tag=Hardship", "EXISTS (SELECT 1 FROM call_tags t WHERE t.call_id = calls.id AND t.tag = ANY(?::text[]))", [["hardship"]]],
    ["corrected=yes", "corrected", []],
    ["corrected=no", "NOT corrected", []],
    ["disclosure=missing", "disclosure_found = false", []],
    ["disclosure=found", "disclosure_found = true", []],
    ["dmin=10&dmax=20", "duration_seconds >= ? AND duration_seconds <= ?", [10, 20]],
    ["pstatus=fail&dstatus=pass", "provider_status = ? AND delivery_status = ?", ["fail", "pass"]],
    ["project=p1,p2", "project_id = ANY(?::text[])", [["p1", "p2"]]],
    ["meta=extra_id:acct_1", "metadata @> ?::jsonb", ['{"requestMetadata":{"extra_id":"acct_1"}}']],
    ["phone=4106", "(number_to LIKE ? OR number_from LIKE ?)", ["%4106%", "%4106%"]],
    ["phone=%2B44", "((number_to || '') LIKE ? OR (number_from || '') LIKE ?)", ["%+44%", "%+44%"]],
    ["phone=5_0%25", "((number_to || '') LIKE ? OR (number_from || '') LIKE ?)", ["%50%", "%50%"]],
    ["q=pay friday", "search_vector @@ websearch_to_tsquery('english', ?)", ["pay friday"]],
  ])("%s", (query, sql, values) => {
    const where = whereOf(query);
    expect(where.sql.replace(/\s+/g, " ")).toBe(sql);
    expect(where.values).toEqual(values);
  });

  it("turns date ranges into instants at midnight in the dashboard's time zone, half-open", () => {
    expect(text("range=7d")).toBe("ended_at >= ? AND ended_at < ?");
    expect(whereOf("range=7d").values).toEqual([new Date("2026-11-23T23:00:00Z"), new Date("2026-11-30T23:00:00Z")]);
    expect(whereOf("from=2026-11-01&to=2026-11-01").values).toEqual([new Date("2026-10-31T23:00:00Z"), new Date("2026-11-01T23:00:00Z")]);
  });

  it("matches nothing for assignee=me without a signed-in user", () => {
    const { filters } = parseCallFilters(new URLSearchParams("assignee=me"));
    expect(buildCallWhere(filters, { now: context.now, timeZone: context.timeZone }).sql).toBe("FALSE");
  });

  it("combines every filter with AND, and ignores what the URL could not say", () => {
    const where = whereOf("outcome=dispute&sentiment=negative&range=today&project=p&q=refund&dmin=ten");
    expect(where.sql.split(" AND ")).toHaveLength(6);
    expect(where.values).not.toContain("ten");
  });
});
