// The server's HTML of the analytics filters names the chosen date range: what a person sees before
// the page hydrates (and what a slow phone shows for a while) is never a blank field.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnalyticsFilters } from "./analytics-filters";

const render = (range: "7d" | "90d" | "all") =>
  renderToString(
    <AnalyticsFilters
      values={{ range, from: "", to: "", projects: [], outcomes: [], sentiments: [], group: "day", hidden: [] }}
      projects={[]}
      outcomes={[]}
      sentiments={[]}
    />,
  );

describe("AnalyticsFilters", () => {
  it.each([
    ["7d", "Last 7 days"],
    ["90d", "Last 90 days"],
    ["all", "All time"],
  ] as const)("renders range=%s as %s on the server", (range, label) => {
    const trigger = render(range).match(/<button[^>]*role="combobox"[^>]*>([\s\S]*?)<\/button>/)?.[1] ?? "";
    expect(trigger).toContain(label);
  });
});
