// The analytics page on the fixture calls (fixtures/analytics-calls.ts, in UTC): figures, charts,
// the range changing them, and clicks opening the calls list with exactly the matching filters.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WEEK = "from=2026-03-02&to=2026-03-08";
const NEXT_WEEK = "from=2026-03-09&to=2026-03-15";

async function expectNoSeriousAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);
const chart = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`);

async function expectCallsFigure(page: Page, query: string, calls: string) {
  await page.goto(`/analytics?${query}`);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText(calls);
}

test("shows the figures and every chart for a week of fixture calls, in plain words", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}&group=day`);
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await expect(page.locator("[data-timezone]")).toHaveText("Times in UTC");
  await expect(page.getByText("DASHBOARD_TIMEZONE")).toHaveCount(0);
  await expect(page.getByText(/delivery status|status pass/)).toHaveCount(0);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText("8");
  await expect(figure(page, "calls")).toContainText("+300.0%");
  await expect(figure(page, "delivered").locator("[data-value]")).toHaveText("7");
  await expect(figure(page, "promiseRate").locator("[data-value]")).toHaveText("42.9%");
  await expect(figure(page, "promiseRate")).toContainText("3 of 7 delivered calls");
  await expect(figure(page, "promiseRate")).toContainText("payment promises ÷ delivered calls");
  await expect(figure(page, "rightPartyPromiseRate").locator("[data-value]")).toHaveText("50.0%");
  await expect(figure(page, "completed").locator("[data-value]")).toHaveText("1");
  await expect(figure(page, "extensionRate").locator("[data-value]")).toHaveText("0.0%");
  await expect(figure(page, "callbackRate").locator("[data-value]")).toHaveText("14.3%");
  await expect(figure(page, "wrongNumberRate").locator("[data-value]")).toHaveText("14.3%");
  await expect(figure(page, "notInterestedRate").locator("[data-value]")).toHaveText("0.0%");
  await expect(figure(page, "averageDuration").locator("[data-value]")).toHaveText("2m 11s");
  // The mean is over the delivered calls that report a duration (here all 7).
  await expect(figure(page, "averageDuration").locator("[data-detail]")).toHaveText("over 7 delivered calls");

  for (const id of ["promise-rate", "outcomes-over-time", "durations"]) {
    await expect(chart(page, id).locator("svg.recharts-surface").first()).toBeVisible();
    await expect(chart(page, id).locator(".recharts-bar-rectangle, .recharts-line-curve").first()).toBeAttached();
  }
  for (const id of ["outcomes", "sentiments", "projects"]) await expect(chart(page, id).locator("[data-bar]").first()).toBeVisible();
  await expect(chart(page, "outcome-sentiment").getByRole("row", { name: /Payment promise/ })).toContainText("2");
  await expect(chart(page, "promise-rate").locator("[data-point]")).toHaveCount(6); // 7 days, one without delivered calls
  await expectNoSeriousAxeViolation(page);
  await page.screenshot({ path: test.info().outputPath("analytics.png"), fullPage: true });
});

test("leads with the promise rate, larger, with its trend and the previous period's value", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}&group=day`);
  const headline = figure(page, "promiseRate");
  await expect(headline.getByRole("heading", { name: "Payment-promise rate" })).toBeVisible();
  await expect(headline.locator("[data-previous]")).toHaveText("Previous period (Feb 23, 2026 – Mar 1, 2026): 50.0%");
  await expect(headline.locator("[data-sparkline] .recharts-line-curve").first()).toBeAttached();
  const size = (key: string) => figure(page, key).locator("[data-value]").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size("promiseRate")).toBeGreaterThan(1.5 * (await size("calls")));
  // Before every other figure.
  const order = await page.locator("[data-figure]").evaluateAll((els) => els.map((el) => el.getAttribute("data-figure")));
  expect(order[0]).toBe("promiseRate");
});

test("colours each change by whether it is good news, and spells it out for screen readers", async ({ page }) => {
  const change = (key: string) => figure(page, key).locator("[data-change]");
  await page.goto(`/analytics?${WEEK}`);
  // 42.9 % after 50.0 %: a falling promise rate is bad.
  await expect(change("promiseRate")).toHaveAttribute("data-tone", "bad");
  await expect(change("promiseRate")).toContainText("−7.1 pts");
  await expect(change("promiseRate").locator(".sr-only")).toHaveText("down 7.1 points from 50.0%");
  await expect(change("wrongNumberRate")).toHaveAttribute("data-tone", "bad"); // up from 0.0 %
  await expect(change("calls")).toHaveAttribute("data-tone", "neutral"); // more calls is neither
  await expect(change("calls").locator(".sr-only")).toHaveText("up 300.0% from 2");
  const colour = (key: string) => change(key).evaluate((el) => getComputedStyle(el).color);
  expect(await colour("promiseRate")).not.toEqual(await colour("calls"));

  // The week after: the promise rate rises (good), the wrong-number rate falls (good).
  await page.goto(`/analytics?${NEXT_WEEK}`);
  await expect(change("promiseRate")).toHaveAttribute("data-tone", "good");
  await expect(change("promiseRate").locator(".sr-only")).toHaveText("up 7.1 points from 42.9%");
  await expect(change("wrongNumberRate")).toHaveAttribute("data-tone", "good");
  await expect(change("wrongNumberRate").locator(".sr-only")).toHaveText("down 14.3 points from 14.3%");
  await expect(change("notInterestedRate")).toHaveAttribute("data-tone", "bad");
  expect(await colour("promiseRate")).not.toEqual(await colour("notInterestedRate"));
});

test("writes the count beside every bar, so one call never looks like the best project", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}&group=week`);
  const projects = chart(page, "projects");
  await expect(projects.locator('[data-bar="proj_east"] [data-count]')).toHaveText("75.0% · 4 delivered calls");
  await expect(projects.locator('[data-bar="proj_west"] [data-count]')).toHaveText("0.0% · 3 delivered calls");
  await expect(chart(page, "outcomes").locator('[data-bar="payment_promise"] [data-count]')).toHaveText("3 · 37.5%");
  await expect(chart(page, "sentiments").locator("[data-bar] [data-count]")).toHaveCount(3);
  // Every column of the durations and the week's stack carry their count.
  await expect(chart(page, "durations").locator(".recharts-label-list text")).toHaveCount(7);
  await expect(chart(page, "outcomes-over-time").locator("[data-total]")).toHaveText(["8"]);
  // The "Calls by outcome" table links each count to its calls.
  await chart(page, "outcomes-over-time").getByText("Show as a table").click();
  await expect(chart(page, "outcomes-over-time").getByRole("row", { name: /Week of Mar 2/ }).getByRole("link")).not.toHaveCount(0);
});

test("marks a period the range cuts as partial, in the chart, the tooltip, the legend and the table", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}&group=month`);
  await expect(chart(page, "promise-rate").locator("[data-point][data-partial]")).toHaveCount(1);
  await expect(chart(page, "promise-rate")).toContainText("Dashed line, hollow points: partial months");
  await expect(chart(page, "outcomes-over-time")).toContainText("Lighter, hatched bars: partial months");
  await chart(page, "promise-rate").locator("[data-point]").hover();
  await expect(chart(page, "promise-rate").locator(".recharts-tooltip-wrapper")).toContainText("Partial month: Mar 2 – Mar 8 only (the range covers only these days)");
  await chart(page, "promise-rate").getByText("Show as a table").click();
  await expect(chart(page, "promise-rate").locator("tr[data-partial]")).toContainText("Mar 2026 (partial)");
});

test("a filter the form does not show is a chip: the figures say they are filtered, and one click drops it", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}`);
  const all = await figure(page, "calls").locator("[data-value]").textContent();
  await page.goto(`/analytics?${WEEK}&dmin=100`);
  const chips = page.getByRole("list", { name: "Active filters" });
  const chip = chips.getByRole("link", { name: "Remove filter Min. duration: 100 s" });
  await expect(chip).toBeVisible();
  await expect(figure(page, "calls").locator("[data-value]")).not.toHaveText(all!);
  await chip.click();
  await expect(page).not.toHaveURL(/dmin=/);
  await expect(page).toHaveURL(/from=2026-03-02/);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText(all!);
  await expect(page.getByRole("list", { name: "Active filters" })).toHaveCount(0);
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

test("the project filter is a searchable multi-select that applies when it closes", async ({ page }) => {
  await page.goto(`/analytics?${WEEK}`);
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByRole("button", { name: "Project" }).click();
  await page.getByRole("option", { name: /proj_west/ }).click();
  await expect(filters.getByRole("button", { name: "Project" })).toContainText("proj_west");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/project=proj_west/);
  await expect(figure(page, "calls").locator("[data-value]")).toHaveText("3");
  await filters.getByText("Month", { exact: true }).click();
  await expect(page).toHaveURL(/group=month/);
  await expect(page).toHaveURL(/project=proj_west/);
});

test("fits a phone: no horizontal scroll, duration labels apart", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const query of [`${WEEK}&group=day`, `${WEEK}&group=month`, `${WEEK}&project=proj_east`, "range=90d&group=week"]) {
    await page.goto(`/analytics?${query}`);
    await expect(figure(page, "promiseRate")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), query).toBe(true);
  }
  await page.goto(`/analytics?${WEEK}`);
  // Recharts draws its axis after hydration: wait for the ticks before measuring them.
  await expect(chart(page, "durations").locator("[data-tick]")).toHaveCount(7);
  const ticks = await chart(page, "durations").locator("[data-tick]").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  expect(ticks).toHaveLength(7);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThanOrEqual(ticks[i - 1]!.right);
  await expectNoSeriousAxeViolation(page);
  await page.screenshot({ path: test.info().outputPath("analytics-phone.png"), fullPage: true });
});

test("clicking a point, a bar, a segment or a cell opens the calls list with exactly those calls", async ({ page }) => {
  const cases = [
    { id: "promise-rate", click: async (p: Page) => {
      // The tooltip names the calls behind the point; then the point opens them.
      const dot = chart(p, "promise-rate").locator('[data-point="2026-03-02"]');
      await dot.hover();
      await expect(chart(p, "promise-rate").locator(".recharts-tooltip-wrapper")).toContainText("1 promise of 1 delivered call (1 call in all)");
      await dot.click();
    }, params: { dstatus: "pass", from: "2026-03-02", to: "2026-03-02" }, calls: "1" },
    { id: "outcomes", click: (p: Page) => chart(p, "outcomes").locator('[data-bar="payment_promise"]').getByRole("link").click(), params: { outcome: "payment_promise", from: "2026-03-02", to: "2026-03-08" }, calls: "3" },
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
