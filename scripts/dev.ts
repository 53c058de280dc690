// npm run dev / npm start - the whole dashboard in one command.
// Without DATABASE_URL it starts the embedded PostgreSQL in .data/postgres (kept across runs),
// applies pending migrations, loads demo data into an empty database, then runs Next.js
// (`next dev`, or `next start` with --production, building first when there is no build).
// Ctrl-C stops Next.js, then PostgreSQL. Next.js listens on HOST:PORT (127.0.0.1 for dev, 0.0.0.0
// for start, unless HOST says otherwise; `next start` itself ignores HOSTNAME, so -H is passed).
// --ephemeral: a throw-away embedded PostgreSQL in a temporary directory (end-to-end tests, benchmarks).
import "./load-env";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { authSettings } from "@/lib/auth/settings";
import { EnvError, getEnv, reloadEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db";
import { pruneDeliveriesAtStartup } from "@/lib/webhooks/levers/retention";
import { describeWebhookSecretWarning } from "@/lib/webhooks/levers/secrets";
import { developmentAuthSecret } from "./auth-secret";
import { projectRoot } from "./db/with-database";
import { loadDemoDataIfEmpty } from "./demo-data";

const flags = ["--production", "--ephemeral"];
const production = process.argv.includes("--production");
const ephemeral = process.argv.includes("--ephemeral");
if (production) Object.assign(process.env, { NODE_ENV: "production" });

function loadEnvOrExit() {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (!production && !process.env.AUTH_SECRET?.trim()) process.env.AUTH_SECRET = developmentAuthSecret(projectRoot);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const env = loadEnvOrExit();
try {
  authSettings(env); // production: AUTH_SECRET and APP_URL must be set
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const host = env.HOST ?? (production ? "0.0.0.0" : "127.0.0.1");
const started = Date.now();
let embedded: EmbeddedDatabase | undefined;
let databaseUrl = ephemeral ? undefined : env.DATABASE_URL;
const ephemeralDir = ephemeral ? await mkdtemp(path.join(tmpdir(), "levers-pg-")) : undefined;
// On a signal, embedded-postgres's exit hook stops the server and exits the process itself, so the
// throw-away directory is removed on "exit", whoever calls it.
if (ephemeralDir) process.on("exit", () => rmSync(ephemeralDir, { recursive: true, force: true }));

if (!databaseUrl) {
  const dataDir = ephemeralDir ? path.join(ephemeralDir, "data") : path.resolve(projectRoot, env.EMBEDDED_POSTGRES_DIR);
  const port = ephemeralDir ? await findFreePort() : env.EMBEDDED_POSTGRES_PORT;
  console.log(`Starting the embedded PostgreSQL (data in ${path.relative(projectRoot, dataDir)}, port ${port})`);
  embedded = await startEmbeddedPostgres({ dataDir, port, log: (line) => console.log(line) });
  databaseUrl = embedded.databaseUrl;
}

async function shutdown(code: number): Promise<never> {
  await embedded?.stop().catch((error: unknown) => console.error("Stopping PostgreSQL failed:", error));
  process.exit(code);
}

try {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  process.env.DATABASE_URL = databaseUrl;
  reloadEnv();
  // Retention of the deliveries log, once here and then on the webhook's writes (retention.ts).
  const pruned = await pruneDeliveriesAtStartup().finally(disconnectDb);
  if (pruned) console.log(`Deleted ${pruned} webhook deliveries older than ${env.WEBHOOK_DELIVERY_RETENTION_DAYS} days (WEBHOOK_DELIVERY_RETENTION_DAYS)`);
  if (env.DEMO_DATA) await loadDemoDataIfEmpty();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

// Next.js from this project's node_modules, whatever PATH says.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (production && !existsSync(path.join(projectRoot, distDir, "BUILD_ID"))) {
  console.log("No production build yet: running next build");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: projectRoot, stdio: "inherit", env: process.env });
  if (build.status !== 0) await shutdown(build.status ?? 1);
}

const secretWarning = describeWebhookSecretWarning(env);
if (secretWarning) (production ? console.warn : console.log)(secretWarning);
console.log(`Ready for Next.js after ${((Date.now() - started) / 1000).toFixed(1)} s`);
const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
console.log(`Listening on ${host}:${env.PORT}${host === "0.0.0.0" ? " (every interface)" : ""} (HOST and PORT change it): open http://${shownHost}:${env.PORT}`);
const nextArgs = [production ? "start" : "dev", "-H", host, "-p", String(env.PORT)];
const next = spawn(process.execPath, [nextBin, ...nextArgs, ...process.argv.slice(2).filter((arg) => !flags.includes(arg))], {
  cwd: projectRoot,
  stdio: "inherit",
  env: process.env,
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
