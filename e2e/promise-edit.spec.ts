// Correcting a promise's amount: the contact page and the call page show the amount extracted from
// the AI's summary; a reviewer corrects it (and adds the date) in the review panel; the call page
// then shows the reviewer's terms with the extracted amount beside them, the history records it,
// and the contact page's promise history counts the corrected amount. The call is this spec's own,
// sent as a signed webhook to a number of its own.
import path from "node:path";
import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_WEBHOOK_SECRET, storageStateFor } from "./fixtures/constants";
import { callPayload } from "./fixtures/payloads";
import { signDelivery } from "./fixtures/sign-delivery";

const root = path.resolve(import.meta.dirname, "..");
const NUMBER = `+4420794${String(randomInt(100_000)).padStart(5, "0")}`;

test.use({ storageState: path.join(root, storageStateFor("agent")) });

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const body = JSON.stringify(callPayload({
    numberTo: NUMBER,
    callOutput: "PAYMENT PROMISE",
    summary: "The customer promised to pay $100.00 to settle the balance.",
    callOutputReasoning: "The customer committed to a payment.",
  }));
  const delivery = signDelivery({ secret: E2E_WEBHOOK_SECRET, body });
  const response = await request.post("/api/webhooks/levers", { data: delivery.body, headers: delivery.headers });
  expect(response.status()).toBe(200);
  await request.dispose();
});

test("a reviewer corrects a promise's amount and date, seen on the call page and the contact page", async ({ page }) => {
  await page.goto(`/contacts/${encodeURIComponent(NUMBER)}`);
  const promise = page.locator("[data-promise-state]");
  await expect(promise).toHaveCount(1);
  await expect(promise).toContainText("$100.00, no date stated");
  await expect(promise).toContainText("extracted from the AI's summary");

  await promise.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}/);
  const terms = page.getByTestId("promise-terms");
  await expect(terms).toContainText("Promised: $100.00, no date stated");
  await expect(terms).toContainText("extracted from the AI's summary");

  const panel = page.getByTestId("promise-review");
  await panel.getByRole("button", { name: "Correct promise" }).click();
  const form = page.getByRole("form", { name: "Correct the promise" });
  await expect(form.getByLabel("Amount", { exact: true })).toBeFocused();
  await expect(form.getByLabel("Amount", { exact: true })).toHaveValue("100.00");
  await expect(form.getByLabel("Currency")).toHaveValue("USD");

  // A bad amount is refused with the reason, and nothing changes.
  await form.getByLabel("Amount", { exact: true }).fill("12.345");
  await form.getByRole("button", { name: "Save promise" }).click();
  await expect(page.getByText("at most 2 decimals")).toBeVisible();
  await expect(terms).toContainText("Promised: $100.00, no date stated");

  await form.getByLabel("Amount", { exact: true }).fill("120");
  await form.getByLabel("Promised date (empty: none stated)").fill("2026-12-05");
  await form.getByRole("button", { name: "Save promise" }).click();
  await expect(form).toBeHidden();
  await expect(terms).toContainText("Promised: $120.00 by Dec 5, 2026");
  await expect(terms).toContainText(/\(corrected by .+; extracted: \$100\.00, no date stated\)/);
  await expect(panel).toContainText("corrected to $120.00 by Dec 5, 2026 by");
  // A correction counts as a review, and the history says who changed what from what.
  await expect(page.getByTestId("review-status")).toHaveText("Reviewed");
  await page.getByText(/^History \(\d+\)$/).click();
  await expect(page.getByRole("list", { name: "Review history" })).toContainText("corrected the promise from $100.00, no date stated to $120.00 by Dec 5, 2026");

  await page.reload();
  await expect(terms).toContainText("Promised: $120.00 by Dec 5, 2026");

  await page.goto(`/contacts/${encodeURIComponent(NUMBER)}`);
  await expect(promise).toContainText("$120.00 by Dec 5, 2026");
  await expect(promise).toContainText("corrected by");
  await expect(promise).toContainText("(extracted: $100.00, no date stated)");
  await page.screenshot({ path: test.info().outputPath("contact-corrected-promise.png"), fullPage: true });
});
