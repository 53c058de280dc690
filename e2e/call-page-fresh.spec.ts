// The call page keeps two reads for a few seconds (the people calls can be assigned to, the tags in
// use: lib/calls/shared-read.ts); a change made through the dashboard is on the next view all the
// same: an admin adds a user and sees them in a call's "Assign to" picker at once, deactivates them
// and sees them gone. (The tags in use: lib/calls/call-page-data.test.ts.)
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/constants";
import { listedCallIds } from "./fixtures/list-links";

const root = path.resolve(import.meta.dirname, "..");
test.use({ storageState: path.join(root, storageStateFor("admin")) });

/** The first call the list links to. */
async function firstCall(page: Page): Promise<string> {
  await page.goto("/calls");
  const ids = await listedCallIds(page);
  expect(ids.length).toBeGreaterThan(0);
  return ids[0]!;
}

const picker = (page: Page) => page.getByTestId("review-panel").getByLabel("Assign to");

test("a user added or deactivated is in, then out of, the assignee picker at the next view", async ({ page }) => {
  const callId = await firstCall(page);
  await page.goto(`/calls/${callId}`);
  await expect(picker(page)).toBeVisible(); // the list is now kept
  const email = `assignable-${Date.now()}@e2e.test`;
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (12 characters or more)").fill("a fresh password for e2e");
  await page.getByLabel("Role", { exact: true }).selectOption("agent");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created ${email}` })).toBeVisible();

  await page.goto(`/calls/${callId}`);
  await expect(picker(page).locator("option", { hasText: email })).toHaveCount(1);

  await page.goto("/admin/users");
  await page.getByRole("button", { name: `Deactivate ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deactivated" })).toBeVisible();
  await page.goto(`/calls/${callId}`);
  await expect(picker(page)).toBeVisible();
  await expect(picker(page).locator("option", { hasText: email })).toHaveCount(0);
});
