import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, sharedBuffersMb, startEmbeddedPostgres } from "./embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];

async function freshDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "levers-embedded-test-"));
  dirs.push(dir);
  return path.join(dir, "data");
}

async function count(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  const result = await client.query("SELECT count(*)::int AS n FROM kept");
  await client.end();
  return result.rows[0].n;
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("sharedBuffersMb", () => {
  it("is a quarter of the memory, at least 128 MB and at most 4 GB", () => {
    expect(sharedBuffersMb(24 * 2 ** 30)).toBe(4096);
    expect(sharedBuffersMb(8 * 2 ** 30)).toBe(2048);
    expect(sharedBuffersMb(256 * 2 ** 20)).toBe(128);
  });
});

describe("startEmbeddedPostgres", () => {
  it("keeps data across a stop and a second start", async () => {
    const dataDir = await freshDir();
    const first = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    const client = new pg.Client(first.databaseUrl);
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2)");
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    // The server runs with the shared buffers sized for this machine, not PostgreSQL's 128 MB.
    const settings = new pg.Client(second.databaseUrl);
    await settings.connect();
    const { rows } = await settings.query("SELECT setting::int * 8 / 1024 AS mb FROM pg_settings WHERE name = 'shared_buffers'");
    await settings.end();
    expect(rows[0].mb).toBe(sharedBuffersMb());
    expect(await count(second.databaseUrl)).toBe(2);
    await second.stop();
  });

  it("recovers when an earlier run was killed and left PostgreSQL running", async () => {
    const dataDir = await freshDir();
    const port = await findFreePort();
    // A separate process starts the server and is then killed with SIGKILL: no clean-up runs.
    const script = path.join(path.dirname(dataDir), "start.mts");
    await writeFile(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(root, "lib/db/embedded-postgres.ts"))};
       const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
       console.log("ready " + db.databaseUrl);
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const ready = /ready (\S+)/.exec(chunk.toString());
        if (ready) resolve(ready[1]!);
      });
      child.on("exit", (code) => reject(new Error(`starter exited with ${code}`)));
    });
    const client = new pg.Client(url);
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)");
    await client.end();
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const again = await startEmbeddedPostgres({ dataDir, port });
    expect(await count(again.databaseUrl)).toBe(1);
    await again.stop();
  });

  it("leaves the process's exit code alone (a failed test run must not exit 0)", async () => {
    const dataDir = await freshDir();
    const script = path.join(path.dirname(dataDir), "exit-code.mts");
    await writeFile(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(root, "lib/db/embedded-postgres.ts"))};
       const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
       await db.stop();
       process.exitCode = 3;`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, stdio: "inherit" });
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(3);
  });
});
