import { expect, test } from "@playwright/test";
import { CONTACT_NUMBER, CONTACT_NUMBER_TYPED } from "./fixtures/contact-calls";
import { storageStateFor } from "./fixtures/constants";

test("a number typed in another format opens its contact, with every call, the calling state and the promise", async ({ page }) => {
  await page.goto(`/contacts/${encodeURIComponent(CONTACT_NUMBER_TYPED)}`);
  await expect(page).toHaveURL(new RegExp(`/contacts/${encodeURIComponent(CONTACT_NUMBER)}$`));
  await expect(page.getByTestId("contact-title")).toHaveText("+1 212-555-0199");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(9);
  await expect(page.getByTestId("calling-state").first()).toContainText(/calls in the 7 days to .*; a conversation on .*: next call allowed from/);
  await expect(rows.and(page.locator("[data-flagged=true]"))).toHaveCount(8);
  await expect(page.locator("[data-promise-state=open]")).toContainText("$240.00");
  await page.screenshot({ path: test.info().outputPath("contact.png"), fullPage: true });
});

test("from a call to its contact, to the Compliance page, to the flagged calls", async ({ page }) => {
  await page.goto(`/contacts/${encodeURIComponent(CONTACT_NUMBER)}`);
  await page.getByRole("table").locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}/);
  // The call page shows the contact's calling state and links back (components/compliance/calling-state.tsx).
  await page.getByRole("link", { name: "Every call to this contact" }).click();
  await expect(page.getByTestId("contact-title")).toHaveText("+1 212-555-0199");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance" }).click();
  await expect(page).toHaveURL(/\/compliance/);
  const contact = page.getByTestId("flagged-contact").filter({ hasText: "+1 212-555-0199" });
  await expect(contact).toContainText("8 flagged");
  await page.screenshot({ path: test.info().outputPath("compliance.png"), fullPage: true });
  await contact.locator("ul a").first().click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}/);
});

test("a manager marks a flagged call as excepted, with a reason", async ({ page }) => {
  await page.goto("/compliance?range=7d");
  const contact = page.getByTestId("flagged-contact").filter({ hasText: "+1 212-555-0199" });
  await contact.getByText("Mark as excepted…").first().click();
  await contact.getByLabel("Reason").first().fill("Consumer asked to be called back the same day");
  await contact.getByRole("button", { name: "Save" }).first().click();
  await expect(contact.getByText("Excepted: Consumer asked to be called back the same day")).toBeVisible();
});

test.describe("as an agent", () => {
  test.use({ storageState: storageStateFor("agent") });
  test("the Compliance page is not there", async ({ page }) => {
    await expect(page.goto("/compliance").then((response) => response?.status())).resolves.toBe(403);
    await page.goto(`/contacts/${encodeURIComponent(CONTACT_NUMBER)}`);
    await expect(page.getByTestId("contact-title")).toBeVisible();
  });
});
