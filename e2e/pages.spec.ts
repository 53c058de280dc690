import { expect, test } from "@playwright/test";

test("the home page sends people to the calls list", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/calls/);
  await expect(page.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("calls.png"), fullPage: true });
});

test("the navigation reaches Analytics and back", async ({ page }) => {
  await page.goto("/calls");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Analytics" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Calls" }).click();
  await expect(page).toHaveURL(/\/calls/);
  await page.screenshot({ path: test.info().outputPath("navigation.png"), fullPage: true });
});

test("the health check reaches the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
