// Accounts in a real browser: the sign-in redirect, what each role sees, an admin managing a user,
// the audit trail of it all, and no Content-Security-Policy violation on any page.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, storageStateFor, type E2ERole } from "./fixtures/constants";

const root = path.resolve(import.meta.dirname, "..");
const as = (role: E2ERole) => ({ storageState: path.join(root, storageStateFor(role)) });
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("without a session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a page asks for sign-in, then opens the page asked for", async ({ page }) => {
    await page.goto("/analytics?range=7d&group=day");
    await expect(page).toHaveURL(/\/login\?next=%2Fanalytics%3Frange%3D7d%26group%3Dday$/);
    await signIn(page, E2E_USERS.agent.email, "not the password at all");
    await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
    await signIn(page, E2E_USERS.agent.email, E2E_USERS.agent.password);
    await expect(page).toHaveURL(/\/analytics\?range=7d&group=day$/);
    await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  });

  test("no call data and no CSV row without a session", async ({ request }) => {
    const exported = await request.get("/api/calls/export", { maxRedirects: 0 });
    expect(exported.status()).toBe(401);
    expect(await exported.json()).toMatchObject({ error: { code: "unauthenticated" } });
    const page = await request.get("/calls", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toBe("/login");
  });
});

test.describe("an agent", () => {
  test.use(as("agent"));

  test("sees neither Export nor Deliveries, and gets 403 when typing their URLs", async ({ page }) => {
    await page.goto("/calls");
    await expect(page.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    await expect(nav(page).getByRole("link", { name: "Deliveries" })).toHaveCount(0);
    await expect(nav(page).getByRole("link", { name: "Users" })).toHaveCount(0);
    for (const url of ["/webhooks", "/admin/users", "/admin/audit"]) {
      const response = await page.goto(url);
      expect([url, response?.status()]).toEqual([url, 403]);
      await expect(page.getByRole("heading", { name: "Not for your role" })).toBeVisible();
    }
    const exported = await page.request.get("/api/calls/export");
    expect(exported.status()).toBe(403);
    expect(await exported.json()).toMatchObject({ error: { code: "forbidden" } });
    await page.screenshot({ path: test.info().outputPath("agent-forbidden.png") });
  });
});

test.describe("an admin", () => {
  test.use(as("admin"));

  test("creates a user who signs in, deactivates them, and their next click lands on the login page", async ({ page, browser }) => {
    const email = `new-agent-${Date.now()}@e2e.test`;
    const password = "a fresh password for e2e";
    await page.goto("/admin/users");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password (12 characters or more)").fill(password);
    await page.getByLabel("Role", { exact: true }).selectOption("agent");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Created ${email}` })).toBeVisible();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirs = await other.newPage();
    await theirs.goto("/login");
    await signIn(theirs, email, password);
    await expect(theirs.getByRole("heading", { name: "Calls", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: `Deactivate ${email}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deactivated" })).toBeVisible();

    await nav(theirs).getByRole("link", { name: "Analytics" }).click();
    await expect(theirs).toHaveURL(/\/login/);
    await signIn(theirs, email, password);
    await expect(theirs.getByRole("alert").filter({ hasText: "This account is deactivated" })).toBeVisible();
    await other.close();

    await page.goto(`/admin/audit?actor=${encodeURIComponent(email)}`);
    const table = page.getByRole("table");
    await expect(table).toContainText("Signed in");
    await expect(table).toContainText("Failed sign-in");
    await page.goto("/admin/audit?action=user.deactivated");
    await expect(page.getByRole("table")).toContainText(email);
    await page.goto("/admin/audit?action=user.created");
    await expect(page.getByRole("table")).toContainText(email);
    await page.screenshot({ path: test.info().outputPath("audit.png"), fullPage: true });
  });

  // Page checks reuse a session check for a few seconds (lib/auth/session-cache.ts); a role change
  // made in this server must still hold from the demoted user's very next page.
  test("demotes a manager, whose very next page is refused the manager's view", async ({ page, browser }) => {
    const email = `demoted-${Date.now()}@e2e.test`;
    const password = "a fresh password for e2e";
    await page.goto("/admin/users");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password (12 characters or more)").fill(password);
    await page.getByLabel("Role", { exact: true }).selectOption("manager");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Created ${email}` })).toBeVisible();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirs = await other.newPage();
    await theirs.goto("/login?next=%2Fwebhooks");
    await signIn(theirs, email, password);
    await expect(theirs).toHaveURL(/\/webhooks$/);
    expect((await theirs.goto("/webhooks"))?.status()).toBe(200);

    await page.getByLabel(`Role of ${email}`).selectOption("agent");
    await page.getByLabel(`Role of ${email}`).locator("xpath=ancestor::form").getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();

    expect((await theirs.goto("/webhooks"))?.status()).toBe(403);
    await expect(nav(theirs).getByRole("link", { name: "Deliveries" })).toHaveCount(0);
    await other.close();
  });

  test("no page reports a Content-Security-Policy violation, and scripts and charts still run", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/calls");
    const firstCall = await page.getByRole("table").locator("tbody tr a").first().getAttribute("href");
    for (const url of ["/calls", firstCall!, "/analytics?from=2026-02-01&to=2026-03-31", "/webhooks", "/admin/users", "/admin/audit"]) {
      const response = await page.goto(url);
      expect([url, response?.status()]).toEqual([url, 200]);
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'; /);
      expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-eval");
      expect(response?.headers()["x-frame-options"]).toBe("DENY");
    }
    await page.goto("/analytics?from=2026-02-01&to=2026-03-31");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
