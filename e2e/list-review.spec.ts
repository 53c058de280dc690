// The calls list as a review tool: filter by review status, assignee and disclosure, select rows,
// mark them reviewed and watch the Review column change, then act on the whole filtered set after
// a confirmation that states the count. The spec sends its own calls (a project of its own, through
// the signed webhook), so its bulk actions touch no other spec's calls.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_WEBHOOK_SECRET } from "./fixtures/constants";
import { callPayload } from "./fixtures/payloads";
import { signDelivery } from "./fixtures/sign-delivery";

const PROJECT = `proj_e2e_list_review_${randomUUID().slice(0, 8)}`;
const WITH_DISCLOSURE = "AI: Hello, this is a debt collector calling about your account.\nCustomer: Yes?\nAI: Can you pay this week?\nCustomer: On Friday.";
const WITHOUT_DISCLOSURE = "AI: Hello, can you pay the balance this week?\nCustomer: No, next month.";

const rows = (page: Page) => page.getByRole("table").locator("tbody tr");
// The Review column: the fifth cell (the checkbox shares the first with the time).
const reviewCells = (page: Page) => rows(page).locator("td:nth-child(5)");
const bulkBar = (page: Page) => page.getByRole("region", { name: "Bulk actions" });
const chips = (page: Page) => page.getByRole("list", { name: "Active filters" });
const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  for (const [i, transcription] of [WITH_DISCLOSURE, WITH_DISCLOSURE, WITHOUT_DISCLOSURE, WITHOUT_DISCLOSURE].entries()) {
    const payload = callPayload({
      numberTo: `+1555020${String(i).padStart(4, "0")}`,
      callOutput: "PAYMENT PROMISE",
      transcription,
      summary: `List review call ${i + 1}.`,
      metadata: { requestMetadata: { project_id: PROJECT } },
    });
    const { body, headers } = signDelivery({ secret: E2E_WEBHOOK_SECRET, body: JSON.stringify(payload), timestamp: new Date(Date.now() - (i + 1) * 20_000) });
    expect((await api.post("/api/webhooks/levers", { data: body, headers })).status()).toBe(200);
  }
  await api.dispose();
});

/** Ticks one value of a multi-select in the "More filters" panel and closes it. */
async function pickOption(page: Page, label: "Review status" | "Assignee", option: string) {
  await page.getByRole("button", { name: new RegExp(`^${label}\\b`) }).click();
  await page.getByRole("dialog", { name: label }).getByRole("option", { name: option, exact: true }).click();
  await page.keyboard.press("Escape");
}

test("select two rows, mark them reviewed, and filter by review status", async ({ page }) => {
  await page.goto(`/calls?project=${PROJECT}`);
  await expect(rows(page)).toHaveCount(4);
  await expect(reviewCells(page).filter({ hasText: "Not reviewed" })).toHaveCount(4);
  await expect(bulkBar(page)).toHaveCount(0);

  await rows(page).nth(0).getByRole("checkbox").check();
  await rows(page).nth(1).getByRole("checkbox").check();
  await expect(bulkBar(page)).toContainText("2 selected");
  // The checkbox sits above the row's link: ticking it did not open the call.
  await expect(page).toHaveURL(new RegExp(`/calls\\?project=${PROJECT}$`));
  await bulkBar(page).getByRole("button", { name: "Mark reviewed" }).click();
  await expect(toast(page, "Marked 2 calls reviewed.")).toBeVisible();
  await expect(reviewCells(page).filter({ hasText: /^Reviewed/ })).toHaveCount(2);
  await expect(rows(page).nth(0).locator("td:nth-child(5)")).toContainText("Reviewed");
  await expect(bulkBar(page)).toHaveCount(0);

  await page.getByRole("button", { name: /More filters/ }).click();
  await pickOption(page, "Review status", "Not reviewed");
  await expect(page).toHaveURL(/review=not_reviewed/);
  await expect(chips(page).getByRole("link", { name: "Remove filter Review: Not reviewed" })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(reviewCells(page).filter({ hasText: "Not reviewed" })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath("list-review-filtered.png"), fullPage: true });
});

test("x selects the highlighted row; the whole filtered set is assigned after a confirmation", async ({ page }) => {
  await page.goto(`/calls?project=${PROJECT}&review=not_reviewed`);
  await expect(rows(page)).toHaveCount(2);
  // `k` highlights the first row (and stays there): pressed until the page has hydrated.
  await expect(async () => {
    await page.keyboard.press("k");
    await expect(rows(page).nth(0)).toHaveAttribute("data-highlighted", "", { timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("x");
  await expect(rows(page).nth(0).getByRole("checkbox")).toBeChecked();
  await expect(bulkBar(page)).toContainText("1 selected");

  await bulkBar(page).getByRole("button", { name: "Apply to all 2 calls of this filter" }).click();
  await expect(bulkBar(page)).toContainText("All 2 calls of this filter");
  await bulkBar(page).getByRole("button", { name: /Assign to/ }).click();
  await page.getByRole("menuitem", { name: "Me" }).click();
  const confirm = page.getByRole("dialog", { name: "Assign all 2 calls of this filter to you?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Apply to 2 calls" }).click();
  await expect(toast(page, "Assigned 2 calls to you.")).toBeVisible();
  await expect(reviewCells(page).filter({ hasText: "→ manager" })).toHaveCount(2);

  // The assignee filter finds them (and only them in this project); so does "no disclosure found".
  await page.goto(`/calls?project=${PROJECT}`);
  await page.getByRole("button", { name: /More filters/ }).click();
  await pickOption(page, "Assignee", "Me");
  await expect(page).toHaveURL(/assignee=me/);
  await expect(rows(page)).toHaveCount(2);
  await expect(reviewCells(page).filter({ hasText: "Not reviewed" })).toHaveCount(2);

  await page.goto(`/calls?project=${PROJECT}&disclosure=missing`);
  await expect(chips(page).getByRole("link", { name: "Remove filter Disclosure: No disclosure found" })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: /List review call [34]\./ })).toHaveCount(2);
});

test("Review these calls opens the review mode on the list's filters", async ({ page }) => {
  await page.goto(`/calls?project=${PROJECT}&review=not_reviewed`);
  await expect(page.getByRole("link", { name: "Review these calls" })).toHaveAttribute("href", `/review?project=${PROJECT}&review=not_reviewed`);
});
