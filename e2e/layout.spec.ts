// Every page at a laptop and a phone width: no sideways page scroll, no serious or critical axe
// violation, and a full-page screenshot kept as an artifact (test-results/.../<page>-<width>.png).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/constants";
import { listedCallHrefs } from "./fixtures/list-links";

const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function firstCallPath(page: Page): Promise<string> {
  await page.goto("/calls");
  const [href] = await listedCallHrefs(page);
  if (!href) throw new Error("no call link on /calls");
  return href;
}

async function checkPage(page: Page, name: string, viewport: string) {
  await page.waitForLoadState("networkidle");
  const overflow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  await page.screenshot({ path: test.info().outputPath(`${name}-${viewport}.png`), fullPage: true });
  expect(overflow.scrollWidth, `${name} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(overflow.innerWidth);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious, `${name} at ${viewport}`).toEqual([]);
}

for (const viewport of VIEWPORTS) {
  test.describe(`every page at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, storageState: storageStateFor("admin") });

    test("calls list, filtered list and a call", async ({ page }) => {
      const callPath = await firstCallPath(page);
      await checkPage(page, "calls", viewport.name);
      await page.goto("/calls?outcome=payment_promise&sentiment=positive&range=90d");
      await checkPage(page, "calls-filtered", viewport.name);
      await page.goto(callPath);
      await checkPage(page, "call", viewport.name);
    });

    test("analytics", async ({ page }) => {
      await page.goto("/analytics");
      await checkPage(page, "analytics", viewport.name);
      await page.goto("/analytics?range=90d&group=month");
      await checkPage(page, "analytics-month", viewport.name);
    });

    test("deliveries, users and audit", async ({ page }) => {
      for (const [name, path] of [["webhooks", "/webhooks"], ["users", "/admin/users"], ["audit", "/admin/audit"]] as const) {
        await page.goto(path);
        await checkPage(page, name, viewport.name);
      }
    });
  });

  test.describe(`signed out and forbidden at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("sign-in page", async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await page.goto("/calls");
      await expect(page).toHaveURL(/\/login/);
      await checkPage(page, "login", viewport.name);
      await context.close();
    });

    test("forbidden page", async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, storageState: storageStateFor("agent") });
      const page = await context.newPage();
      const response = await page.goto("/webhooks");
      expect(response?.status()).toBe(403);
      await checkPage(page, "forbidden", viewport.name);
      await context.close();
    });
  });
}
