// The app as the benchmarks run it: scripts/dev.ts --ephemeral (a throw-away embedded PostgreSQL),
// the production build by default (`next build` first when there is none), or `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { projectRoot } from "../db/with-database";

/** `pid`: the launcher's process, whose tree holds the Next.js server and its embedded PostgreSQL. */
export type AppServer = { url: string; databaseUrl: string; pid: number; stop: () => Promise<void> };

export async function waitFor(url: string, child: ChildProcess, seconds = 600): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
}

/**
 * Starts the app on 127.0.0.1 with `secret` as LEVERS_WEBHOOK_SECRET; `url` is the webhook's.
 * `env`: more environment for the launcher and, when it builds, for `next build` (NEXT_DIST_DIR).
 */
export async function startApp({ secret, production = true, env = {} }: { secret: string; production?: boolean; env?: Record<string, string> }): Promise<AppServer> {
  const port = await findFreePort();
  const args = ["--import", "tsx", "scripts/dev.ts", ...(production ? ["--production"] : []), "--ephemeral"];
  const app = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env, PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", LEVERS_WEBHOOK_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1",
      // Production mode needs both; the benchmarks sign in nowhere, the webhook needs no session.
      AUTH_SECRET: "bench-only-secret-of-at-least-32-characters", APP_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let databasePort: string | undefined;
  app.stdout!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    databasePort ??= /embedded PostgreSQL \(data in .*, port (\d+)\)/.exec(text)?.[1];
    if (/error|warn|build/i.test(text)) process.stdout.write(text);
  });
  const stop = () => stopProcess(app);
  await waitFor(`http://127.0.0.1:${port}/api/health`, app).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  if (!databasePort) throw new Error("Could not tell which port the app's embedded PostgreSQL listens on");
  return { url: `http://127.0.0.1:${port}/api/webhooks/levers`, databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${databasePort}/levers`, pid: app.pid!, stop };
}
