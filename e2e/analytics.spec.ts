// The analytics page on the fixture calls (fixtures/analytics-calls.ts, in UTC): figures, charts,
// the range changing them, and clicks opening the calls list with exactly the matching filters.
import { expect, test, type Page } from "@playwright/test";

const WEEK = "from=2026-03-02&to=2026-03-08";

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);
const chart = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`);

async function expectCallsFigure(page: Page, query: string, calls: string) {
  await page.goto(`/analytics?${query}`);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText(calls);
}

test("shows the figures and every chart for a week of fixture calls", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}&group=day`);
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await expect(page.getByText("DASHBOARD_TIMEZONE")).toContainText("UTC");
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText("8");
  await expect(figure(page, "calls")).toContainText("+300.0%");
  await expect(figure(page, "delivered").locator("[data-value]")).toHaveText("7");
  await expect(figure(page, "promiseRate").locator("[data-value]")).toHaveText("42.9%");
  await expect(figure(page, "promiseRate")).toContainText("3 of 7 delivered calls");
  await expect(figure(page, "promiseRate")).toContainText("payment promises ÷ delivered calls");
  await expect(figure(page, "promiseRate")).toContainText("−7.1 pts");
  await expect(figure(page, "rightPartyPromiseRate").locator("[data-value]")).toHaveText("50.0%");
  await expect(figure(page, "completed").locator("[data-value]")).toHaveText("1");
  await expect(figure(page, "extensionRate").locator("[data-value]")).toHaveText("0.0%");
  await expect(figure(page, "callbackRate").locator("[data-value]")).toHaveText("14.3%");
  await expect(figure(page, "wrongNumberRate").locator("[data-value]")).toHaveText("14.3%");
  await expect(figure(page, "averageDuration").locator("[data-value]")).toHaveText("2m 11s");

  for (const id of ["promise-rate", "outcomes-over-time", "outcomes", "sentiments", "projects", "durations"]) {
    await expect(chart(page, id).locator("svg.recharts-surface").first()).toBeVisible();
    await expect(chart(page, id).locator(".recharts-bar-rectangle, .recharts-line-curve").first()).toBeAttached();
  }
  await expect(chart(page, "outcome-sentiment").getByRole("row", { name: /Payment promise/ })).toContainText("2");
  await expect(chart(page, "promise-rate").locator("[data-point]")).toHaveCount(6); // 7 days, one without delivered calls
  await page.screenshot({ path: test.info().outputPath("analytics.png"), fullPage: true });
});

test("changing the range changes the figures, and an empty range says so", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}`);
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("From").fill("2026-03-09");
  await filters.getByLabel("To").fill("2026-03-15");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2026-03-09/);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText("2");
  await expect(figure(page, "promiseRate").locator("[data-value]")).toHaveText("50.0%");

  await page.goto("/analytics?from=2025-01-06&to=2025-01-12");
  await expect(figure(page, "promiseRate").locator("[data-value]")).toHaveText("no calls");
  await expect(page.getByText("No calls in this period.").first()).toBeVisible();
});

test("clicking a point, a bar, a segment or a cell opens the calls list with exactly those calls", async ({ page }) => {
  const cases = [
    { id: "promise-rate", click: async (p: Page) => {
      // The tooltip names the calls behind the point; then the point opens them.
      const dot = chart(p, "promise-rate").locator('[data-point="2026-03-02"]');
      await dot.hover();
      await expect(chart(p, "promise-rate").locator(".recharts-tooltip-wrapper")).toContainText("1 promises of 1 delivered calls");
      await dot.click();
    }, params: { dstatus: "pass", from: "2026-03-02", to: "2026-03-02" }, calls: "1" },
    { id: "outcomes", click: (p: Page) => chart(p, "outcomes").locator(".recharts-bar-rectangle path").first().click(), params: { outcome: "payment_promise", from: "2026-03-02", to: "2026-03-08" }, calls: "3" },
    { id: "outcomes-over-time", click: (p: Page) => chart(p, "outcomes-over-time").locator(".recharts-bar-rectangle path").first().click(), params: { outcome: "payment_promise", from: "2026-03-02", to: "2026-03-02" }, calls: "1" },
    { id: "outcome-sentiment", click: (p: Page) => chart(p, "outcome-sentiment").getByRole("row", { name: /Payment promise/ }).getByRole("link", { name: "2" }).click(), params: { outcome: "payment_promise", sentiment: "positive" }, calls: "2" },
  ];
  for (const { click, params, calls } of cases) {
    await page.goto(`/analytics?${WEEK}&group=day`);
    await click(page);
    await page.waitForURL(/\/calls\?/);
    const url = new URL(page.url());
    for (const [name, value] of Object.entries(params)) expect(url.searchParams.getAll(name)).toEqual([value]);
    await expect(page.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible();
    // The same parameters on the analytics page count exactly the calls the click stood for.
    await expectCallsFigure(page, url.searchParams.toString(), calls);
  }
});
