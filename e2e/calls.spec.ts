import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { FESTIVAL_NUMBER, SEARCH_PHRASE } from "./fixtures/calls";

const rows = (page: Page) => page.getByRole("table").locator("tbody tr");

async function pickOption(page: Page, group: "Outcome" | "Sentiment", option: string) {
  await page.locator("summary", { hasText: "Any" }).and(page.getByLabel(group)).click();
  await page.getByRole("group", { name: group }).getByRole("checkbox", { name: option }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
}

test("filters by outcome, then by sentiment, all in the URL", async ({ page }) => {
  await page.goto("/calls");
  await expect(rows(page)).toHaveCount(25);
  await pickOption(page, "Outcome", "Wrong number");
  await expect(page).toHaveURL(/outcome=wrong_number/);
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).locator("td:nth-child(3)").filter({ hasNotText: "Wrong number" })).toHaveCount(0);

  await pickOption(page, "Sentiment", "Negative");
  await expect(page).toHaveURL(/outcome=wrong_number.*sentiment=negative/);
  // The form sends every field; the page keeps only the ones that say something.
  await expect(page).not.toHaveURL(/=(&|$)/);
  await expect(rows(page).filter({ hasText: "+15550100888" })).toHaveCount(1);
  await expect(rows(page).locator("td:nth-child(4)").filter({ hasNotText: "Negative" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("calls-list-filtered.png"), fullPage: true });

  await page.goBack();
  await expect(page).not.toHaveURL(/sentiment=/);
});

test("a shared link shows the same view", async ({ page, browser }) => {
  await page.goto("/calls?outcome=payment_promise&sentiment=positive&size=50");
  // The list streams in after its loading skeleton: wait for it before reading it.
  await expect(rows(page).filter({ hasText: FESTIVAL_NUMBER })).toHaveCount(1);
  const first = await rows(page).allInnerTexts();
  expect(first.length).toBeGreaterThan(0);
  const colleague = await browser.newPage();
  await colleague.goto(page.url());
  await expect(rows(colleague).filter({ hasText: FESTIVAL_NUMBER })).toHaveCount(1);
  await expect(rows(colleague)).toHaveCount(first.length);
  expect(await rows(colleague).allInnerTexts()).toEqual(first);
  await expect(colleague.getByLabel("Per page")).toHaveValue("50");
  await expect(colleague.locator("#outcome-value")).toHaveText("Payment promise");
  await colleague.close();
});

test("searches a transcript phrase, reads the call and walks to the next one", async ({ page }) => {
  await page.goto("/calls");
  await page.getByLabel("Search").fill(SEARCH_PHRASE);
  await expect(page).toHaveURL(/q=harvest/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).locator("mark").first()).toHaveText(/harvest/i);
  await page.screenshot({ path: test.info().outputPath("calls-list-search.png"), fullPage: true });

  await rows(page).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(FESTIVAL_NUMBER);
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript.locator('[data-speaker="ai"]')).toHaveCount(2);
  await expect(transcript.locator('[data-speaker="contact"]').last()).toContainText("after the harvest festival");
  await expect(transcript.locator("mark", { hasText: "harvest" })).toHaveCount(1);
  await expect(page.getByText("written by the AI")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy reference" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("call-page.png"), fullPage: true });

  // Newer/Older walk the list the call was opened from, in its order, keeping its parameters.
  await page.goto("/calls?size=50");
  await expect(rows(page)).toHaveCount(50);
  const hrefs = await rows(page).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const at = (href: string) => new RegExp(`${href.replace(/[?]/g, "\\?")}$`);
  await page.goto(hrefs[2]!);
  await page.getByRole("link", { name: "Older call" }).click();
  await expect(page).toHaveURL(at(hrefs[3]!));
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page).toHaveURL(at(hrefs[2]!));
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page).toHaveURL(at(hrefs[1]!));
  await page.goto(hrefs[0]!);
  await page.getByRole("link", { name: "Newer call" }).click();
  await expect(page.getByText("There is no newer call in this list.")).toBeVisible();
});

test("exports the filtered calls as CSV", async ({ page }) => {
  await page.goto("/calls?project=proj_e2e");
  await expect(rows(page)).toHaveCount(2);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.startsWith("\uFEFFid,ended_at,")).toBe(true);
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(csv).toContain("'=1+2 said the customer");
  expect(csv).not.toMatch(/,=1\+2/);
  expect(lines[1]).toMatch(/^[0-9a-f-]{36},\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
});

test("an unknown call is a 404 page", async ({ page }) => {
  const response = await page.goto("/calls/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Call not found" })).toBeVisible();
  expect((await page.goto("/calls/not-a-uuid"))?.status()).toBe(404);
});

test("a second metadata filter from a shared link survives applying the form", async ({ page }) => {
  await page.goto("/calls?meta=project_id:proj_e2e&meta=extra_id:acct_e2e");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("+15550100888");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/meta=project_id%3Aproj_e2e.*meta=extra_id%3Aacct_e2e|meta=project_id:proj_e2e.*meta=extra_id:acct_e2e/);
  await expect(rows(page)).toHaveCount(1);
});
