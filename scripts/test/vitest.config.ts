// Unit and integration tests (Vitest). Integration tests get a real PostgreSQL: see global-setup.ts.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; in tests every module is server-side.
      "server-only": path.join(root, "scripts/test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{lib,app,components,scripts}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "lib/generated/**"],
    globalSetup: ["scripts/test/global-setup.ts"],
    setupFiles: ["scripts/test/database-per-file.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only fight over them and over PostgreSQL.
    maxWorkers: 2,
  },
});
