// Before the launcher touches the embedded PostgreSQL: can Next.js listen on HOST:PORT? A Next.js
// left running by an earlier start (its launcher killed with SIGKILL, or an older launcher that
// ignored SIGTERM) still holds the port; starting anyway would stop the PostgreSQL it uses and then
// fail with EADDRINUSE. So the start stops first and says who holds the port.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import { describeProcess } from "./ancestors";

/** Listens on host:port and closes again: null when that works, else the error's code. */
export async function tryListen(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

function socketInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const localPort = Number.parseInt(fields[1]?.split(":")[1] ?? "", 16);
      if (localPort === port && fields[3] === "0A") inodes.add(fields[9]!); // 0A: LISTEN
    }
  }
  return inodes;
}

/** The pid of a process listening on `port` (any address), when this user may see it. */
export function findListener(port: number): number | null {
  if (process.platform === "linux") {
    const sockets = new Set([...socketInodes(port)].map((inode) => `socket:[${inode}]`));
    if (!sockets.size) return null;
    for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let fds: string[] = [];
      try {
        fds = readdirSync(`/proc/${entry}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          if (sockets.has(readlinkSync(`/proc/${entry}/fd/${fd}`))) return Number(entry);
        } catch {
          // closed meanwhile
        }
      }
    }
    return null;
  }
  const lsof = spawnSync("lsof", ["-nP", "-t", `-iTCP:${port}`, "-sTCP:LISTEN"], { encoding: "utf8" });
  const pid = Number(lsof.stdout?.split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const NEXT_OR_LAUNCHER = /next-server|next\/dist\/bin\/next|scripts\/dev\.ts/;

/** What to tell the user when Next.js cannot listen on host:port; null when it can. */
export async function describePortProblem(host: string, port: number): Promise<string | null> {
  const code = await tryListen(host, port);
  if (code === null) return null;
  const where = `${host}:${port}`;
  if (code === "EACCES") return `Cannot listen on ${where}: permission denied (ports below 1024 need privileges). Set PORT to another port.`;
  if (code === "EADDRNOTAVAIL") return `Cannot listen on ${where}: HOST=${host} is not an address of this machine.`;
  if (code !== "EADDRINUSE") return `Cannot listen on ${where}: ${code}.`;

  const pid = findListener(port);
  const holder = pid === null ? null : describeProcess(pid);
  if (pid === null || !holder) {
    return `Port ${port} (${where}) is already in use, probably by a Next.js left running by an earlier start. ` +
      `Stop it (\`lsof -iTCP:${port} -sTCP:LISTEN\` or \`ss -ltnp\` shows its pid) and start again, or set PORT to another port.`;
  }
  if (!NEXT_OR_LAUNCHER.test(holder.command)) {
    return `Port ${port} (${where}) is already in use by pid ${pid} (${holder.command}). Stop it, or set PORT to another port.`;
  }
  // Climb to the earliest process of that old tree (its launcher, when it is still alive): stopping
  // it stops its Next.js and its PostgreSQL together.
  let top = pid;
  let info = holder;
  for (let depth = 0; depth < 6; depth++) {
    const parent = describeProcess(info.parent);
    if (!parent || !NEXT_OR_LAUNCHER.test(parent.command)) break;
    top = info.parent;
    info = parent;
  }
  return `Port ${port} (${where}) is already in use, probably by a Next.js left running by an earlier start ` +
    `(pid ${pid}: ${holder.command}). Stop it with \`kill ${top}\` and start again, or set PORT to another port.`;
}
