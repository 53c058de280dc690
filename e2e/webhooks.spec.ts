// The sender script posts signed deliveries to the running production build; the calls appear, and
// the deliveries page shows accepted and refused deliveries with their reasons.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { generateCall } from "../lib/calls/generate";
import { E2E_BASE_URL, E2E_WEBHOOK_SECRET } from "./fixtures/constants";

const root = path.resolve(import.meta.dirname, "..");
const SEED = 31_337;

test("calls sent by `npm run webhooks:send` appear on /calls and in the deliveries log", async ({ page }) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/webhooks/send.ts", "--url", `${E2E_BASE_URL}/api/webhooks/levers`, "--count", "3", "--secret", E2E_WEBHOOK_SECRET, "--seed", String(SEED)],
    { cwd: root },
  );
  expect(stdout).toContain("200: 3");

  const { payload } = generateCall(0, { seed: SEED });
  await page.goto("/calls");
  await expect(page.getByText(payload.numberTo).first()).toBeVisible();

  await page.goto("/calls");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deliveries" }).click();
  await expect(page.getByRole("heading", { name: "Webhook deliveries", level: 1 })).toBeVisible();
  const created = page.getByRole("cell", { name: "created", exact: true });
  await expect(created.first()).toBeVisible();
  expect(await created.count()).toBeGreaterThanOrEqual(3); // other specs may send deliveries to the same server
  await page.screenshot({ path: test.info().outputPath("deliveries.png"), fullPage: true });
});

test("a refused delivery is answered with its reason and shown on the deliveries page", async ({ page, request }) => {
  const response = await request.post("/api/webhooks/levers", { data: { providerCallId: "unsigned" } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("missing_signature_headers");

  await page.goto("/webhooks");
  const row = page.getByRole("row").filter({ hasText: "Missing signature headers" }).first();
  await expect(row).toContainText("401");
  await expect(row).toContainText("rejected");

  // "Refused only" is what someone wiring Levers up looks at: no accepted delivery in it.
  await page.getByRole("navigation", { name: "Which deliveries" }).getByRole("link", { name: "Refused only" }).click();
  await expect(page).toHaveURL(/refused=1/);
  await expect(page.getByRole("row").filter({ hasText: "Missing signature headers" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "created", exact: true })).toHaveCount(0);
});

test("the production server refuses a body over 1 MiB with 413", async ({ request }) => {
  const response = await request.post("/api/webhooks/levers", { data: JSON.stringify({ padding: "x".repeat(2 * 1024 * 1024) }), headers: { "content-type": "application/json" } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("payload_too_large");
});
