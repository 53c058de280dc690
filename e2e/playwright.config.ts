// End-to-end tests: the production build (`next build` first, see the `test` script) served by
// `next start` on a throw-away embedded PostgreSQL seeded with fixture calls (fixtures/database.ts),
// driven in a real Chromium.
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT, E2E_WEBHOOK_SECRET, storageStateFor } from "./fixtures/constants";

const root = path.resolve(import.meta.dirname, "..");
// Debian's Chromium where it is installed (offline machines); Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  // Two cores render pages and run PostgreSQL and Chromium together: assertions wait up to 10 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs in once per role through the login page and keeps each browser state (auth.setup.ts).
    { name: "sign-in", testMatch: /auth\.setup\.ts/, use: { launchOptions: { executablePath: systemChromium, args: ["--no-sandbox"] } } },
    {
      name: "chromium",
      dependencies: ["sign-in"],
      use: {
        ...devices["Desktop Chrome"],
        // Specs run as a manager unless they choose another role (test.use({ storageState })).
        storageState: path.join(root, storageStateFor("manager")),
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  // Started in order: the seeded database first, then the dashboard on it.
  webServer: [{
    command: "tsx --conditions=react-server e2e/fixtures/database.ts",
    cwd: root,
    wait: { stdout: /e2e database ready/ },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  }, {
    command: "tsx scripts/dev.ts --production",
    cwd: root,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      AUTH_SECRET: E2E_AUTH_SECRET,
      APP_URL: E2E_BASE_URL,
      DATABASE_URL: E2E_DATABASE_URL,
      DEMO_DATA: "false",
      LEVERS_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      DASHBOARD_TIMEZONE: "UTC",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  }],
});
