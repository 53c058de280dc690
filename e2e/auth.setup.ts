// Signs in as each role through the real login page and saves the browser state for the specs.
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { E2E_USERS, storageStateFor, type E2ERole } from "./fixtures/constants";

const root = path.resolve(import.meta.dirname, "..");

for (const role of Object.keys(E2E_USERS) as E2ERole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_USERS[role].email);
    await page.getByLabel("Password").fill(E2E_USERS[role].password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The first page after a cold start also warms the caches: give it longer than one assertion.
    await expect(page.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: path.join(root, storageStateFor(role)) });
  });
}
