// Reviewing calls: an agent works through a queue in review mode with the keyboard only (corrects
// an outcome with a reason, adds a note and a tag, r moves on to the next unreviewed call and the
// progress advances), and a manager in another browser sees the change; two reviewers changing one
// call meet the version check. The calls are this spec's own (one project), sent as signed webhooks.
import path from "node:path";
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_WEBHOOK_SECRET, storageStateFor } from "./fixtures/constants";
import { listedCallIds } from "./fixtures/list-links";
import { callPayload } from "./fixtures/payloads";
import { signDelivery } from "./fixtures/sign-delivery";

const root = path.resolve(import.meta.dirname, "..");
const as = (role: "agent" | "manager" | "admin") => path.join(root, storageStateFor(role));
const PROJECT = `proj_e2e_reviews_${randomBytes(4).toString("hex")}`;
const CALLS = 3;
const CALL_URL = /\/review\/([0-9a-f-]{36})\?/;

// Each test stands on its own: after a failure the worker restarts with a new project and new calls.
test.use({ storageState: as("agent") });

test.beforeAll(async ({ playwright }) => {
  // A request context of its own: beforeAll gets worker fixtures only.
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  for (let i = 0; i < CALLS; i++) {
    const body = JSON.stringify(callPayload({
      numberTo: `+4420700${String(i).padStart(5, "0")}`,
      callOutput: "PAYMENT PROMISE",
      sentimentOutput: "NEGATIVE",
      metadata: { requestMetadata: { project_id: PROJECT } },
    }));
    const delivery = signDelivery({ secret: E2E_WEBHOOK_SECRET, body });
    const response = await request.post("/api/webhooks/levers", { data: delivery.body, headers: delivery.headers });
    expect(response.status()).toBe(200);
  }
  await request.dispose();
});

const progress = (page: Page) => page.getByTestId("review-progress");
const idOf = (url: string) => url.match(CALL_URL)?.[1] ?? "";


/** Review mode's keys are live once the page has hydrated (review-shortcuts.tsx marks the body). */
async function keysReady(page: Page): Promise<void> {
  await expect(page.locator("body[data-review-shortcuts=on]")).toHaveCount(1);
}

test("a reviewer works through a queue with the keyboard, and a manager sees the change", async ({ page, browser }) => {
  await page.goto(`/review?project=${PROJECT}`);
  await expect(page).toHaveURL(CALL_URL);
  const first = idOf(page.url());
  await expect(progress(page)).toHaveText(`0 of ${CALLS} reviewed`);
  await keysReady(page);

  // ? lists the shortcuts.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByText("Mark reviewed, then the next unreviewed call")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // o opens the correction form with the label field focused; Tab to the reason, Tab to Save.
  await page.keyboard.press("o");
  await expect(page.getByLabel("Right outcome")).toBeFocused();
  await page.keyboard.type("Not interested");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Reason (required)")).toBeFocused();
  await page.keyboard.type("Customer refused to pay");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const outcome = page.getByTestId("outcome-review");
  await expect(outcome).toContainText("AI: Payment promise, corrected to Not interested by agent");
  await expect(outcome).toContainText("Customer refused to pay");
  // A correction counts as a review.
  await expect(progress(page)).toHaveText(`1 of ${CALLS} reviewed`);

  // n focuses the note box; Ctrl+Enter sends; Escape leaves the box.
  await page.keyboard.press("n");
  await expect(page.getByLabel("Add a note")).toBeFocused();
  await page.keyboard.type("Asked for a supervisor, see https://crm.example.com/ticket/42 <b>not bold</b>");
  await page.keyboard.press("Control+Enter");
  const notes = page.getByRole("list", { name: "Notes" });
  await expect(notes.getByRole("link", { name: "https://crm.example.com/ticket/42" })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(notes.getByText("<b>not bold</b>")).toBeVisible(); // shown as text, never as markup
  await expect(notes.getByText(/min left to edit/)).toBeVisible();
  await page.getByLabel("Add a note").press("Escape");
  await expect(page.getByLabel("Add a note")).not.toBeFocused();

  // t opens the tag box; Enter creates the typed tag (stored as its slug).
  await page.keyboard.press("t");
  await expect(page.getByPlaceholder("Find or create a tag…")).toBeFocused();
  await page.keyboard.type("Supervisor requested");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Tags" }).getByText("supervisor-requested", { exact: true })).toBeVisible();

  // r: reviewed, and on to the next unreviewed call of the same list.
  await page.keyboard.press("r");
  await expect(page).not.toHaveURL(new RegExp(first));
  await expect(page).toHaveURL(new RegExp(`project=${PROJECT}`));
  const second = idOf(page.url());
  await expect(progress(page)).toHaveText(`1 of ${CALLS} reviewed`);
  await keysReady(page);

  // j and k walk the list (reviewed or not) and come back.
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(new RegExp(second));
  await keysReady(page);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(second));
  await keysReady(page);

  await page.keyboard.press("r");
  await expect(page).not.toHaveURL(new RegExp(second));
  await expect(progress(page)).toHaveText(`2 of ${CALLS} reviewed`);
  await keysReady(page);
  await page.keyboard.press("f");
  await expect(page.getByRole("heading", { name: `All ${CALLS} calls of this list are reviewed.` })).toBeVisible();
  await page.getByRole("link", { name: "Back to the list" }).click();
  await expect(page).toHaveURL(new RegExp(`/calls\\?project=${PROJECT}`));

  // A manager, in a browser of their own, sees the agent's review on the call page and in the list.
  const other = await browser.newContext({ storageState: as("manager") });
  const manager = await other.newPage();
  await manager.goto(`/calls/${first}`);
  const panel = manager.getByTestId("review-panel");
  await expect(panel.getByTestId("review-status")).toHaveText("Reviewed");
  await expect(panel.getByTestId("outcome-review")).toContainText("corrected to Not interested by agent");
  await expect(panel.getByRole("list", { name: "Notes" })).toContainText("Asked for a supervisor");
  await expect(panel.getByRole("list", { name: "Notes" }).getByRole("button", { name: "Edit" })).toHaveCount(0); // not their note
  await expect(panel.getByRole("list", { name: "Tags" })).toContainText("supervisor-requested");
  await panel.getByText(/^History/).click();
  await expect(panel.getByRole("list", { name: "Review history" })).toContainText("corrected the outcome from Payment promise to Not interested");
  // The correction is the call's outcome for the list's filter.
  await manager.goto(`/calls?project=${PROJECT}&outcome=not_interested`);
  await expect.poll(() => listedCallIds(manager)).toEqual([first]);
  await other.close();
});

test("two reviewers changing one call: the second is told who changed it, and retries on the fresh version", async ({ page, browser }) => {
  await page.goto(`/calls?project=${PROJECT}`);
  const ids = await listedCallIds(page);
  expect(ids).toHaveLength(CALLS);
  const callId = ids[0]!;
  await page.goto(`/calls/${callId}`);
  const panel = page.getByTestId("review-panel");
  await expect(panel.getByRole("group", { name: "Review status" })).toBeVisible();
  const before = (await panel.getByTestId("review-status").textContent())!;
  const mine = before === "Needs follow-up" ? "Not reviewed" : "Needs follow-up";

  // Meanwhile a manager assigns the call to themselves.
  const other = await browser.newContext({ storageState: as("manager") });
  const manager = await other.newPage();
  await manager.goto(`/calls/${callId}`);
  await manager.getByTestId("review-panel").getByRole("button", { name: "Assign to me" }).click();
  await expect(manager.getByTestId("review-assignee")).toHaveText("manager");
  await other.close();

  // The agent's page still holds the old version: their change is refused, with the manager's shown.
  await panel.getByRole("button", { name: mine }).click();
  const alert = panel.getByRole("alert");
  await expect(alert).toContainText(/manager changed this call's review at \d\d:\d\d/);
  await expect(alert).toContainText("assigned to manager");
  await expect(panel.getByTestId("review-status")).toHaveText(before);
  await alert.getByRole("button", { name: "Retry my change" }).click();
  await expect(panel.getByTestId("review-status")).toHaveText(mine);
  await expect(panel.getByTestId("review-assignee")).toHaveText("manager"); // theirs kept, mine applied
  await expect(alert).toBeHidden();
});

for (const size of [{ name: "desktop", width: 1440, height: 900 }, { name: "phone", width: 390, height: 844 }] as const) {
  test(`review mode fits the ${size.name} screen (${size.width}x${size.height}) without serious axe violations`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`/calls?project=${PROJECT}`);
    const [callId] = await listedCallIds(page);
    await page.goto(`/review/${callId}?project=${PROJECT}`);
    await expect(progress(page)).toHaveText(new RegExp(`of ${CALLS} reviewed$`));
    await keysReady(page);
    await page.waitForLoadState("networkidle");
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await page.screenshot({ path: test.info().outputPath(`review-mode-${size.name}.png`), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  });
}
