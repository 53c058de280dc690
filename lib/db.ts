// The only place that makes a PrismaClient: one per process, kept on globalThis so that
// Next.js hot reloads in development do not open a new pool each time.
//
// Two pg pools, so that reading can never starve ingestion:
//   read    under Prisma, for pages, exports and scripts; every statement on it is cancelled by
//           PostgreSQL after READ_STATEMENT_TIMEOUT_MS (SQLSTATE 57014, see lib/http/read-errors.ts)
//   ingest  a few connections of its own for the webhook's one hand-written statement
//           (lib/webhooks/levers/ingest.ts): eight slow exports hold read connections, never these.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getEnv, type Env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Database = { prisma: PrismaClient; pool: pg.Pool; ingestPool: pg.Pool };

function createPool(env: Env & { DATABASE_URL: string }, config: pg.PoolConfig, name: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    // Fail fast when the database is down or saturated, well inside a webhook sender's 30 s limit.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    ...config,
  });
  // An idle connection dropped by the server (restart, network) must not crash the process; the
  // pool discards it and the next query opens a new one.
  pool.on("error", (error) => console.error(`PostgreSQL ${name} pool: idle connection lost:`, error.message));
  return pool;
}

function createDatabase(): Database {
  const env = getEnv();
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the dashboard with `npm run dev` or `npm start`, which provide one.");
  }
  const pool = createPool({ ...env, DATABASE_URL: url }, { max: env.DATABASE_POOL_SIZE, statement_timeout: env.READ_STATEMENT_TIMEOUT_MS }, "read");
  const ingestPool = createPool({ ...env, DATABASE_URL: url }, { max: env.INGEST_POOL_SIZE }, "ingest");
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return { prisma: new PrismaClient({ adapter }), pool, ingestPool };
}

const globalForDb = globalThis as unknown as { database?: Database };

function database(): Database {
  globalForDb.database ??= createDatabase();
  return globalForDb.database;
}

/** The shared client (on the read pool), created on first use so that importing this module never connects. */
export function getDb(): PrismaClient {
  return database().prisma;
}

/** The read pool under the shared client, for hand-written read SQL. */
export function getPool(): pg.Pool {
  return database().pool;
}

/** Connections for webhook ingestion only: no page or export query runs on them. */
export function getIngestPool(): pg.Pool {
  return database().ingestPool;
}

/** Closes the shared client and both pools (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.database;
  globalForDb.database = undefined;
  if (!current) return;
  await current.prisma.$disconnect();
  if (!current.pool.ended) await current.pool.end();
  if (!current.ingestPool.ended) await current.ingestPool.end();
}
