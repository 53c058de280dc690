// End-to-end tests: the production build (`next build` first, see the `test` script) served by
// `next start` on a throw-away embedded PostgreSQL, driven in a real Chromium.
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_READY_PORT, E2E_DATABASE_URL, E2E_PORT, E2E_WEBHOOK_SECRET } from "./fixtures/constants";

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
  use: {
    baseURL: E2E_BASE_URL,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: [
    {
      // First a throw-away PostgreSQL seeded with known calls (e2e/fixtures/calls.ts)...
      command: "tsx e2e/fixtures/calls-database.ts",
      cwd: root,
      url: `http://127.0.0.1:${E2E_DATABASE_READY_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    {
      // ...then the production build on it.
      command: "tsx scripts/dev.ts --production",
      cwd: root,
      url: `${E2E_BASE_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        DATABASE_URL: E2E_DATABASE_URL,
        PORT: String(E2E_PORT),
        DEMO_DATA: "false",
        LEVERS_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
        DASHBOARD_TIMEZONE: "UTC",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
