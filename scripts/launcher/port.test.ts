// The launcher's first step on a real port: a start that finds HOST:PORT taken exits 1 with a
// message naming the holder, before the embedded PostgreSQL is touched.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const started: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of started.splice(0)) child.kill("SIGKILL");
});

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function runLauncher(port: number, env: Record<string, string>) {
  const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "development", PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(launcher);
  let output = "";
  launcher.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => launcher.once("exit", resolve));
  return { code, output };
}

describe("a start that finds its port taken", () => {
  it("says a Next.js holds it, which pid to stop, and leaves the running PostgreSQL alone", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "levers-launcher-test-"));
    dirs.push(dir);
    // What an earlier start leaves behind: its PostgreSQL on the data directory, its Next.js on the port.
    const dataDir = path.join(dir, "postgres");
    const databasePort = await findFreePort();
    const database = await startEmbeddedPostgres({ dataDir, port: databasePort });
    const fakeNext = path.join(dir, "node_modules/next/dist/bin/next");
    await mkdir(path.dirname(fakeNext), { recursive: true });
    await writeFile(fakeNext, `require("node:net").createServer().listen(Number(process.argv[2]), "127.0.0.1", () => console.log("listening"));`);
    const port = await findFreePort();
    const orphan = spawn(process.execPath, [fakeNext, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    started.push(orphan);
    await new Promise((resolve) => orphan.stdout!.once("data", resolve));

    try {
      const { code, output } = await runLauncher(port, { EMBEDDED_POSTGRES_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(databasePort) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} (127.0.0.1:${port}) is already in use, probably by a Next.js left running by an earlier start (pid ${orphan.pid}:`);
      expect(output).toContain(`Stop it with \`kill ${orphan.pid}\` and start again`);
      expect(output).not.toContain("Starting the embedded PostgreSQL");
      const client = new pg.Client(database.databaseUrl);
      await client.connect(); // still up: the start did not stop it
      await client.end();
    } finally {
      orphan.kill();
      await database.stop();
    }
  }, 60_000);

  it("names any other process that holds it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "levers-launcher-test-"));
    dirs.push(dir);
    const port = await findFreePort();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      const { code, output } = await runLauncher(port, { EMBEDDED_POSTGRES_DIR: path.join(dir, "postgres") });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} (127.0.0.1:${port}) is already in use by pid ${process.pid} (`);
      expect(output).not.toContain("Starting the embedded PostgreSQL");
      expect(readdirSync(dir)).toEqual([]); // no data directory made
    } finally {
      server.close();
    }
  }, 60_000);
});
