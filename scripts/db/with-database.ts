// The database a script works on: DATABASE_URL when set, otherwise the project's embedded PostgreSQL.
import "../load-env";
import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { getEnv } from "@/lib/env";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export async function withDatabase<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const env = getEnv();
  if (env.DATABASE_URL) return run(env.DATABASE_URL);
  const dataDir = path.resolve(projectRoot, env.EMBEDDED_POSTGRES_DIR);
  const running = await runningEmbeddedUrl(dataDir);
  if (running) return run(running);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: env.EMBEDDED_POSTGRES_PORT,
    log: (line) => console.log(line),
  });
  try {
    return await run(embedded.databaseUrl);
  } finally {
    await embedded.stop();
  }
}
