// The processes that exist only to run the launcher, so that it can stop when they go.
// `npm run dev` is npm -> sh -c "tsx scripts/dev.ts" -> tsx -> this launcher. npm forwards SIGTERM and
// SIGINT to the shell only, and the shell dies without passing them on; SIGHUP npm does not forward
// at all. Either way the launcher would be left running with Next.js and PostgreSQL under it, so it
// watches those processes and stops, as on Ctrl-C, as soon as one of them is gone.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

type ProcessInfo = { parent: number; command: string; zombie: boolean };

function readProcess(pid: number): ProcessInfo | null {
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [state, parent] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      return { parent: Number(parent), command, zombie: state === "Z" };
    } catch {
      return null;
    }
  }
  if (process.platform === "win32") return null;
  const ps = spawnSync("ps", ["-o", "ppid=,stat=,command=", "-p", String(pid)], { encoding: "utf8" });
  const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(ps.stdout ?? "");
  return match ? { parent: Number(match[1]), command: match[3]!.trim(), zombie: match[2]!.startsWith("Z") } : null;
}

/** The parent pid and command line of `pid`, or null when it is gone (or cannot be read). */
export function describeProcess(pid: number): { parent: number; command: string } | null {
  const info = readProcess(pid);
  return info && !info.zombie ? { parent: info.parent, command: info.command } : null;
}

function isGone(pid: number): boolean {
  if (process.platform === "linux") return describeProcess(pid) === null; // a zombie is gone too
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * The ancestors whose command line runs `script` (the shell npm starts, the tsx CLI) and, when we
 * run as an npm script, the package manager above them. Nearest first.
 */
export function launcherAncestors(script: string, underPackageManager: boolean): Array<{ pid: number; command: string }> {
  const chain: Array<{ pid: number; command: string }> = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth++) {
    const info = describeProcess(pid);
    if (!info) break;
    const ours = info.command.includes(script);
    if (ours || underPackageManager) chain.push({ pid, command: info.command });
    if (!ours) break;
    pid = info.parent;
  }
  return chain;
}

/** Calls `onGone` once when any of `ancestors` exits (checked every `intervalMs`). */
export function watchAncestors(
  ancestors: Array<{ pid: number; command: string }>,
  onGone: (gone: { pid: number; command: string }) => void,
  intervalMs = 500,
): () => void {
  if (!ancestors.length) return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    const gone = process.ppid !== parent ? ancestors[0] : ancestors.find((ancestor) => isGone(ancestor.pid));
    if (!gone) return;
    clearInterval(timer);
    onGone(gone);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
