// The only place that makes a PrismaClient: one per process, kept on globalThis so that
// Next.js hot reloads in development do not open a new pool each time. Its pg pool is shared with
// the few hot paths that send one hand-written statement (webhook ingestion), so there is one pool.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Database = { prisma: PrismaClient; pool: pg.Pool };

function createDatabase(): Database {
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the dashboard with `npm run dev` or `npm start`, which provide one.");
  }
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // Fail fast when the database is down or saturated, well inside a webhook sender's 30 s limit.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server (restart, network) must not crash the process; the
  // pool discards it and the next query opens a new one.
  pool.on("error", (error) => console.error("PostgreSQL pool: idle connection lost:", error.message));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return { prisma: new PrismaClient({ adapter }), pool };
}

const globalForDb = globalThis as unknown as { database?: Database };

function database(): Database {
  globalForDb.database ??= createDatabase();
  return globalForDb.database;
}

/** The shared client, created on first use so that importing this module never connects. */
export function getDb(): PrismaClient {
  return database().prisma;
}

/** The pg pool under the shared client, for hand-written SQL on hot paths. */
export function getPool(): pg.Pool {
  return database().pool;
}

/** Closes the shared client and its pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.database;
  globalForDb.database = undefined;
  if (!current) return;
  await current.prisma.$disconnect();
  if (!current.pool.ended) await current.pool.end();
}
