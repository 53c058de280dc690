// The launcher on a real process tree: `npm run dev` -> sh -> tsx -> scripts/dev.ts -> Next.js and
// the embedded PostgreSQL, stopped the ways a terminal and a process manager stop it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
// Next.js writes its own build directory here, apart from a developer's `next dev` on `.next` (one
// `next dev` per directory), and points next-env.d.ts at it: put back and removed afterwards.
// tsconfig.json lists its types, or `next dev` would rewrite tsconfig.json too.
const DIST_DIR = ".next-launcher-test";
const nextEnvFile = path.join(root, "next-env.d.ts");
const nextEnv = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, "utf8") : null;
const started: ChildProcess[] = [];

type Proc = { pid: number; parent: number; command: string };

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, parent] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state === "Z") continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      all.push({ pid: Number(entry), parent: Number(parent), command });
    } catch {
      // gone meanwhile
    }
  }
  return all;
}

function descendants(pid: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  for (let layer = [pid]; layer.length; ) {
    const children = all.filter((proc) => layer.includes(proc.parent));
    found.push(...children);
    layer = children.map((proc) => proc.pid);
  }
  return found;
}

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => socket.end(() => resolve(true)));
    socket.on("error", () => resolve(false));
  });

type Check<T> = () => T | undefined | false | Promise<T | undefined | false>;

async function until<T>(what: string, check: Check<T>, seconds: number, everyMs = 200): Promise<T> {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function launcherEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env, NODE_ENV: "development" as const, PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", DATABASE_URL: "",
    NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR, ...extra,
  };
}

function collect(child: ChildProcess): () => string {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

/** `npm run dev -- --ephemeral` in its own process group, up to Next.js accepting connections. */
async function startDev() {
  const port = await findFreePort();
  const npm = spawn("npm", ["run", "dev", "--", "--ephemeral"], { cwd: root, env: launcherEnv(port), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(npm);
  const output = collect(npm);
  const exited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
  const tree = await until("Next.js and PostgreSQL", async () => {
    const procs = descendants(npm.pid!);
    const launcher = procs.find((proc) => proc.command.includes("preflight.cjs") && proc.command.includes("scripts/dev.ts"));
    const next = procs.filter((proc) => /next-server|next\/dist\/bin\/next/.test(proc.command));
    const postgres = procs.find((proc) => proc.command.includes("bin/postgres -D"));
    return launcher && next.length >= 2 && postgres && (await accepts(port)) && { launcher, next, postgres };
  }, 45).catch((error: Error) => {
    throw new Error(`${error.message}\n${output()}`);
  });
  return { npm, port, output, exited, ...tree };
}

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, "SIGKILL"); // only when a test failed half-way
    } catch {
      // already gone
    }
  }
});

afterAll(async () => {
  await (nextEnv === null ? rm(nextEnvFile, { force: true }) : writeFile(nextEnvFile, nextEnv));
  await rm(path.join(root, DIST_DIR), { recursive: true, force: true });
});

// The process tree is read from /proc.
describe.skipIf(process.platform !== "linux")("npm run dev stops Next.js, then PostgreSQL", () => {
  it.each([
    ["SIGTERM", "npm"],
    ["SIGHUP", "npm"],
    ["SIGTERM", "launcher"],
    ["SIGHUP", "launcher"],
    ["SIGINT", "process group"], // Ctrl-C in a terminal
  ] as const)("on %s sent to the %s", async (signal, target) => {
    const dev = await startDev();
    const pid = target === "npm" ? dev.npm.pid! : target === "launcher" ? dev.launcher.pid : -dev.npm.pid!;
    const ended = new Map<number, number>();
    process.kill(pid, signal);

    const everything = [dev.launcher, ...dev.next, dev.postgres];
    const endedAt = await until("every process of the tree to end", () => {
      const now = Date.now();
      for (const proc of everything) if (!ended.has(proc.pid) && !isRunning(proc.pid)) ended.set(proc.pid, now);
      return ended.size === everything.length && ended;
    }, 30, 25).catch((error: Error) => {
      throw new Error(`${error.message}: ${everything.filter((proc) => isRunning(proc.pid)).map((proc) => proc.command).join(", ")}\n${dev.output()}`);
    });
    expect(await accepts(dev.port)).toBe(false);
    await dev.exited;
    // Ctrl-C reaches PostgreSQL directly (same process group); a signal sent to one process stops
    // Next.js first and only then PostgreSQL.
    if (target !== "process group") {
      for (const next of dev.next) expect(endedAt.get(next.pid)).toBeLessThanOrEqual(endedAt.get(dev.postgres.pid)!);
    }
  }, 90_000);
});
