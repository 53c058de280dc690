// "How right is the AI" and "Promises followed through" on /analytics, on the analytics fixture week
// (fixtures/analytics-calls.ts): the manager marks one of its payment promises reviewed (written
// straight into the e2e database, dated inside that week, and removed afterwards); a manager then
// sees the reviews per reviewer, an agent only their own.
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL, E2E_USERS, storageStateFor } from "./fixtures/constants";

const root = path.resolve(import.meta.dirname, "..");
const WEEK = "/analytics?from=2026-03-02&to=2026-03-08&group=day";
const EMPTY_WEEK = "/analytics?from=2026-03-16&to=2026-03-22&group=day";
const PROMISE_AT = "2026-03-02T10:00:00Z";
const REVIEWED_AT = "2026-03-04T12:00:00Z";

let callId = "";

async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await withDb(async (db) => {
    const call = await db.query<{ id: string }>("SELECT id::text AS id FROM calls WHERE ended_at = $1 AND outcome_key = 'payment_promise'", [PROMISE_AT]);
    const manager = await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [E2E_USERS.manager.email]);
    callId = call.rows[0]!.id;
    await db.query("INSERT INTO call_reviews (call_id, status, version, updated_by, updated_at) VALUES ($1, 'reviewed', 1, $2, $3)", [callId, manager.rows[0]!.id, REVIEWED_AT]);
    await db.query("INSERT INTO call_review_changes (call_id, at, actor_id, field, from_value, to_value) VALUES ($1, $2, $3, 'status', 'not_reviewed', 'reviewed')", [callId, REVIEWED_AT, manager.rows[0]!.id]);
  });
});

test.afterAll(async () => {
  await withDb(async (db) => {
    await db.query("DELETE FROM call_review_changes WHERE call_id = $1", [callId]);
    await db.query("DELETE FROM call_reviews WHERE call_id = $1", [callId]);
  });
});

const section = (page: import("@playwright/test").Page) => page.locator('[data-section="review-stats"]');

test("a manager sees how right the AI is, with the reviews per reviewer", async ({ page }) => {
  await page.goto(WEEK);
  const reviews = section(page);
  await expect(reviews.getByRole("heading", { name: "How right is the AI" })).toBeVisible();
  await expect(reviews.locator('[data-figure="coverage"] [data-detail]')).toHaveText("1 of 8 calls");
  await expect(reviews.locator('[data-figure="outcome-agreement"] [data-value]')).toHaveText("100.0%");
  await expect(reviews.locator('[data-figure="outcome-agreement"] [data-detail]')).toHaveText("1 of 1 reviewed call");
  await expect(reviews.locator('[data-figure="outcome-agreement"]')).toContainText("reviewed calls whose outcome the reviewer kept ÷ reviewed calls");
  await expect(reviews.locator('[data-chart="review-outcome"] [data-bar="payment_promise"]')).toContainText("100.0% · 1 of 1");
  // The matrix's cell opens exactly that call.
  await reviews.locator('[data-matrix="outcome"] summary').click();
  const cell = reviews.locator('[data-matrix="outcome"] [data-cell="payment_promise>payment_promise"] a');
  await expect(cell).toHaveText("1");
  await expect(cell).toHaveAttribute("href", /ai_outcome=payment_promise/);
  const reviewers = reviews.locator('[data-chart="reviewers"]');
  await expect(reviewers.getByRole("heading", { name: "Reviews per reviewer per day" })).toBeVisible();
  await expect(reviewers.locator("svg.recharts-surface").first()).toBeVisible();
  await reviewers.getByText("Show as a table").click();
  await expect(reviewers.getByRole("row", { name: /Mar 4/ })).toContainText("1");
  await expect(reviewers.getByRole("columnheader", { name: "manager" })).toBeVisible();
  // The promises of the week, followed through.
  await expect(page.locator('[data-section="promise-follow-through"]').getByRole("heading", { name: "Promises followed through" })).toBeVisible();
  await expect(page.locator('[data-figure="kept-promises"]')).toContainText("at least 14 days old");
});

test("says plainly when nothing is reviewed in the period", async ({ page }) => {
  await page.goto(EMPTY_WEEK);
  await expect(section(page).getByText("No reviewed calls in this period yet: review calls to see how often the AI is right")).toBeVisible();
  await expect(section(page).locator("[data-matrix]")).toHaveCount(0);
});

test.describe("an agent", () => {
  test.use({ storageState: path.join(root, storageStateFor("agent")) });

  test("sees the agreement figures but not other reviewers' statistics", async ({ page }) => {
    await page.goto(WEEK);
    const reviews = section(page);
    await expect(reviews.locator('[data-figure="outcome-agreement"] [data-value]')).toHaveText("100.0%");
    await expect(reviews.locator('[data-figure="coverage"] [data-detail]')).toHaveText("1 of 8 calls");
    await expect(reviews.getByRole("heading", { name: "Reviews per reviewer per day" })).toHaveCount(0);
    await expect(reviews.getByRole("heading", { name: "Your reviews per day" })).toBeVisible();
    await expect(reviews.locator('[data-chart="reviewers"]')).toContainText("No reviews made in this period.");
    await expect(reviews.locator('[data-chart="reviewers"]')).toContainText("Only managers and admins see other reviewers.");
    await expect(reviews.getByText("manager", { exact: true })).toHaveCount(0);
  });
});
