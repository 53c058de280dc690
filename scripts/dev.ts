// npm run dev / npm start - the whole dashboard in one command.
// Without DATABASE_URL it starts the embedded PostgreSQL in .data/postgres (kept across runs),
// applies pending migrations, loads demo data into an empty database, then runs Next.js
// (`next dev`, or `next start` with --production, building first when there is no build).
// Ctrl-C, SIGTERM and SIGHUP stop Next.js, then PostgreSQL, then the launcher, whichever process of
// `npm run dev` gets them (launcher/ancestors.ts). Next.js listens on HOST:PORT (127.0.0.1 for dev,
// 0.0.0.0 for start, unless HOST says otherwise; `next start` itself ignores HOSTNAME, so -H is
// passed); a port already taken stops the start before PostgreSQL is touched (launcher/port.ts).
// --ephemeral: a throw-away embedded PostgreSQL in a temporary directory (end-to-end tests, benchmarks).
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
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
import { startContactsBackfill } from "./launcher/contacts-backfill";
import { launcherAncestors, watchAncestors } from "./launcher/ancestors";
import { describePortProblem } from "./launcher/port";

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
const portProblem = await describePortProblem(host, env.PORT);
if (portProblem) {
  console.error(portProblem);
  process.exit(1);
}

const started = Date.now();
let embedded: Promise<EmbeddedDatabase> | undefined;
let child: ChildProcess | undefined; // next build, then Next.js
let stopping: Promise<never> | undefined;

// One way out for Ctrl-C, SIGTERM, SIGHUP, a vanished npm and Next.js exiting: Next.js first (SIGKILL
// after 15 s), then PostgreSQL, then exit. Calls after the first wait for it.
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const running = child;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      const force = setTimeout(() => running.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(force);
    }
    const database = await embedded?.catch(() => undefined);
    await database?.stop().catch((error: unknown) => console.error("Stopping PostgreSQL failed:", error));
    process.exit(code);
  })();
  return stopping;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
watchAncestors(launcherAncestors("scripts/dev.ts", Boolean(process.env.npm_lifecycle_event)), (gone) => {
  if (!stopping) console.log(`${gone.command} (pid ${gone.pid}) has ended: stopping Next.js and PostgreSQL`);
  void shutdown(0);
});
// A closed terminal (SIGHUP) makes writes to it fail: that must not crash the launcher before it
// has stopped PostgreSQL.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

let databaseUrl = ephemeral ? undefined : env.DATABASE_URL;
const ephemeralDir = ephemeral ? await mkdtemp(path.join(tmpdir(), "levers-pg-")) : undefined;
// Removed on "exit", whoever calls it.
if (ephemeralDir) process.on("exit", () => rmSync(ephemeralDir, { recursive: true, force: true }));

if (!databaseUrl) {
  const dataDir = ephemeralDir ? path.join(ephemeralDir, "data") : path.resolve(projectRoot, env.EMBEDDED_POSTGRES_DIR);
  const port = ephemeralDir ? await findFreePort() : env.EMBEDDED_POSTGRES_PORT;
  console.log(`Starting the embedded PostgreSQL (data in ${path.relative(projectRoot, dataDir)}, port ${port})`);
  embedded = startEmbeddedPostgres({ dataDir, port, log: (line) => console.log(line), stopOnSignals: false });
  databaseUrl = await embedded.then((database) => database.databaseUrl, async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  });
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
  startContactsBackfill(databaseUrl);
} catch (error) {
  if (!stopping) console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

// Next.js from this project's node_modules, whatever PATH says.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (production && !existsSync(path.join(projectRoot, distDir, "BUILD_ID")) && !stopping) {
  console.log("No production build yet: running next build");
  const build = spawn(process.execPath, [nextBin, "build"], { cwd: projectRoot, stdio: "inherit", env: process.env });
  child = build; // a signal stops the build too
  const status = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  if (status !== 0) await shutdown(status ?? 1);
}
if (stopping) await stopping; // a signal during the preparation: Next.js is not started

const secretWarning = describeWebhookSecretWarning(env);
if (secretWarning) (production ? console.warn : console.log)(secretWarning);
console.log(`Ready for Next.js after ${((Date.now() - started) / 1000).toFixed(1)} s`);
const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
console.log(`Listening on ${host}:${env.PORT}${host === "0.0.0.0" ? " (every interface)" : ""} (HOST and PORT change it): open http://${shownHost}:${env.PORT}`);
const nextArgs = [production ? "start" : "dev", "-H", host, "-p", String(env.PORT)];
child = spawn(process.execPath, [nextBin, ...nextArgs, ...process.argv.slice(2).filter((arg) => !flags.includes(arg))], {
  cwd: projectRoot,
  stdio: "inherit",
  env: process.env,
});
child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
