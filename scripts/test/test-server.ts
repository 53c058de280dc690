// The PostgreSQL server the test run uses: DATABASE_URL's server when set, otherwise an embedded one
// in a fresh temporary directory, started and removed by the run itself.
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type TestServer = { urlFor: (database: string) => string; stop: () => Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    const urlFor = (database: string) => {
      const url = new URL(external);
      url.pathname = `/${database}`;
      return url.toString();
    };
    return { urlFor, stop: async () => {} };
  }
  const dir = path.join(tmpdir(), `levers-test-pg-${process.pid}-${Date.now()}`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "postgres" });
  return {
    urlFor: server.urlFor,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
