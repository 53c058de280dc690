// CPU time of a process tree, split into PostgreSQL's processes and the rest (Node), read from
// /proc (Linux only): utime + stime of every live process under the root, plus cutime + cstime
// (children that have exited, e.g. backends reaped by the postmaster). Used by bench:ingest --cpu
// to say how much CPU a delivery costs in the server and in its database.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type TreeCpu = { nodeMs: number; postgresMs: number };

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

type Stat = { pid: number; ppid: number; comm: string; ticks: number };

function readStat(pid: string): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; it ends at the last ')'.
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    // fields[0] is the state (field 3); utime, stime, cutime, cstime are fields 14-17.
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return { pid: Number(pid), ppid: Number(fields[1]), comm, ticks };
  } catch {
    return null; // exited meanwhile
  }
}

export function treeCpu(rootPid: number): TreeCpu {
  const stats = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(readStat).filter((stat): stat is Stat => stat !== null);
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const root = stats.find((stat) => stat.pid === rootPid);
  const cpu: TreeCpu = { nodeMs: 0, postgresMs: 0 };
  const queue = root ? [root] : [];
  while (queue.length > 0) {
    const stat = queue.pop()!;
    const ms = (stat.ticks * 1000) / TICKS_PER_SECOND;
    if (stat.comm === "postgres" || stat.comm.startsWith("postgres")) cpu.postgresMs += ms;
    else cpu.nodeMs += ms;
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return cpu;
}

export const cpuSince = (before: TreeCpu, after: TreeCpu): TreeCpu => ({ nodeMs: after.nodeMs - before.nodeMs, postgresMs: after.postgresMs - before.postgresMs });
