import { describe, expect, it } from "vitest";
import { NO_FILTERS, compactQuery, hasNarrowingFilters, parseCallFilters, serializeCallFilters } from "./filters";

describe("parseCallFilters", () => {
  it("reads every filter, lists repeated or comma-separated, labels normalised", () => {
    const params = new URLSearchParams(
      "outcome=PAYMENT PROMISE&outcome=wrong_number,voicemail&sentiment=NEGATIVE&range=7d&dmin=30&dmax=600" +
        "&pstatus=pass&dstatus=fail&project=proj_a&meta=extra_id:acct_1&phone=%2B1 (507) 410&q=pay friday",
    );
    const { filters, notices } = parseCallFilters(params);
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      outcomes: ["payment_promise", "wrong_number", "voicemail"],
      sentiments: ["negative"],
      range: { preset: "7d" },
      minDuration: 30,
      maxDuration: 600,
      providerStatuses: ["pass"],
      deliveryStatuses: ["fail"],
      projects: ["proj_a"],
      metadata: [{ key: "extra_id", value: "acct_1" }],
      phone: "+1507410",
      q: "pay friday",
    });
  });

  it("accepts Next.js searchParams records", () => {
    const { filters } = parseCallFilters({ outcome: ["payment_promise", "not_interested"], sentiment: "positive" });
    expect(filters.outcomes).toEqual(["payment_promise", "not_interested"]);
    expect(filters.sentiments).toEqual(["positive"]);
  });

  it("uses the default range, and custom dates over a preset", () => {
    expect(parseCallFilters({}).filters.range).toEqual({ preset: "all" });
    expect(parseCallFilters({}, { range: "30d" }).filters.range).toEqual({ preset: "30d" });
    expect(parseCallFilters({ range: "7d", from: "2026-11-01", to: "2026-11-03" }).filters.range).toEqual({
      preset: "custom",
      from: "2026-11-01",
      to: "2026-11-03",
    });
  });

  it.each([
    [{ dmin: "ten" }, /minimum duration "ten"/],
    [{ dmax: "-5" }, /maximum duration "-5"/],
    [{ from: "2026-02-30" }, /start date "2026-02-30"/],
    [{ to: "yesterday" }, /end date "yesterday"/],
    [{ range: "forever" }, /date range "forever"/],
    [{ meta: "no-colon" }, /metadata filter "no-colon"/],
    [{ phone: "abc" }, /phone number "abc"/],
  ])("ignores %j with a notice", (params, notice) => {
    const { filters, notices } = parseCallFilters(params);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
    expect(hasNarrowingFilters(filters)).toBe(false);
    expect(filters.range.preset).toBe("all");
  });

  it("treats empty fields of a submitted form as absent, without notices", () => {
    const { filters, notices } = parseCallFilters(new URLSearchParams("q=&range=all&from=&to=&dmin=&dmax=&dstatus=&pstatus=&project=&meta=&phone=&sort=newest"));
    expect(notices).toEqual([]);
    expect(filters).toEqual(NO_FILTERS);
  });

  it("swaps reversed ranges and says so", () => {
    const { filters, notices } = parseCallFilters({ from: "2026-11-10", to: "2026-11-01", dmin: "90", dmax: "10" });
    expect(filters.range).toEqual({ preset: "custom", from: "2026-11-01", to: "2026-11-10" });
    expect([filters.minDuration, filters.maxDuration]).toEqual([10, 90]);
    expect(notices).toHaveLength(2);
  });
});

describe("the review filters", () => {
  it("are read, normalised and absent when unused", () => {
    const { filters, notices } = parseCallFilters(
      new URLSearchParams("labels=ai&ai_outcome=PAYMENT PROMISE&ai_sentiment=Negative&review=reviewed,needs_follow_up&assignee=me&assignee=nobody&assignee=abc_123&tag=Supervisor requested&tag=hardship&corrected=yes"),
    );
    expect(notices).toEqual([]);
    expect(filters).toMatchObject({
      labels: "ai",
      aiOutcomes: ["payment_promise"],
      aiSentiments: ["negative"],
      reviewStatuses: ["reviewed", "needs_follow_up"],
      assignees: ["me", "nobody", "abc_123"],
      tags: ["supervisor-requested", "hardship"],
      corrected: true,
    });
    expect(hasNarrowingFilters(filters)).toBe(true);
    expect(parseCallFilters({ labels: "ai" }).filters).toEqual({ ...NO_FILTERS, labels: "ai" });
    expect(hasNarrowingFilters(parseCallFilters({ labels: "ai" }).filters)).toBe(false);
    expect(parseCallFilters({ corrected: "no" }).filters.corrected).toBe(false);
  });

  it.each([
    [{ review: "done" }, /review status "done"/],
    [{ labels: "human" }, /labels "human"/],
    [{ corrected: "maybe" }, /corrected "maybe"/],
    [{ assignee: "a b" }, /assignee "a b"/],
  ])("ignores %j with a notice", (params, notice) => {
    const { filters, notices } = parseCallFilters(params);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
    expect(filters).toEqual(NO_FILTERS);
  });

  it("round-trip through serializeCallFilters", () => {
    const { filters } = parseCallFilters(new URLSearchParams("outcome=dispute&labels=ai&ai_outcome=x&review=not_reviewed&assignee=me&tag=hardship&corrected=no"));
    expect(serializeCallFilters(filters).toString()).toBe("outcome=dispute&range=all&labels=ai&ai_outcome=x&review=not_reviewed&assignee=me&tag=hardship&corrected=no");
    expect(parseCallFilters(serializeCallFilters(filters)).filters).toEqual(filters);
  });
});

describe("the disclosure filter", () => {
  it("reads missing or found, case-insensitively, and writes it back", () => {
    expect(parseCallFilters({ disclosure: "missing" }).filters).toEqual({ ...NO_FILTERS, disclosure: "missing" });
    const { filters, notices } = parseCallFilters(new URLSearchParams("disclosure=FOUND&outcome=dispute"));
    expect(notices).toEqual([]);
    expect(filters.disclosure).toBe("found");
    expect(serializeCallFilters(filters).toString()).toBe("outcome=dispute&range=all&disclosure=found");
    expect(parseCallFilters(serializeCallFilters(filters)).filters).toEqual(filters);
    expect(hasNarrowingFilters(parseCallFilters({ disclosure: "missing" }).filters)).toBe(true);
  });

  it("ignores any other value with a notice", () => {
    const { filters, notices } = parseCallFilters({ disclosure: "none" });
    expect(filters).toEqual(NO_FILTERS);
    expect(notices).toEqual(['Ignored disclosure "none": expected missing or found.']);
    expect(parseCallFilters({ disclosure: "" }).notices).toEqual([]);
  });
});

describe("serializeCallFilters", () => {
  it("round-trips through parseCallFilters", () => {
    const { filters } = parseCallFilters(
      "outcome=payment_promise&outcome=dispute&sentiment=neutral&from=2026-10-01&to=2026-10-31&dmin=5&project=p1&meta=k:v&phone=971&q=refund"
        .split("&")
        .reduce((params, pair) => (params.append(...(pair.split("=") as [string, string])), params), new URLSearchParams()),
    );
    expect(parseCallFilters(serializeCallFilters(filters)).filters).toEqual(filters);
    expect(parseCallFilters(serializeCallFilters(NO_FILTERS)).filters).toEqual(NO_FILTERS);
  });
});

describe("compactQuery", () => {
  it("drops empty values and keeps everything else, repeats included", () => {
    expect(compactQuery({ outcome: ["payment_promise", ""], dmin: "", q: "pay friday", size: "50" })).toBe("outcome=payment_promise&q=pay+friday&size=50");
    expect(compactQuery(new URLSearchParams("dmin=&dmax="))).toBe("");
  });

  it("is null when nothing is empty", () => {
    expect(compactQuery({ outcome: ["a", "b"], range: "7d" })).toBeNull();
    expect(compactQuery({})).toBeNull();
  });
});
