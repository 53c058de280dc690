import "server-only";
import type { Readable } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import { UTF8_BOM } from "./csv";
import { CsvRowEnds } from "./csv-row-ends";
import { exportCopySql } from "./export-sql";
import type { CallFilters } from "./filters";
import { inlineSql } from "./inline-sql";
import { probeMatches } from "./match-probe";

export type CallsExport = {
  /** The BOM, the header and the first rows: already read, so a failure to start is an HTTP error, not a cut file. */
  head: Uint8Array;
  /** The next bytes of CSV, or null at the end; rejects when the export fails midway. */
  next: () => Promise<Uint8Array | null>;
  /** Complete rows passed on so far (head included), for the audit event and the error line. */
  rowsSent: () => number;
  /** What closes a row cut off by a failure ("" at a row's end). */
  cutRowEnd: () => string;
  /** The client went away: stops the query and closes its connection. */
  cancel: () => Promise<void>;
};

const BOM = Buffer.from(UTF8_BOM, "utf8");
const HEAD_BYTES = 64 * 1024;
const EXPORT_WORK_MEM = "32MB";

/** Stops a running statement from another connection (a closed socket alone is noticed only at the next write). */
function cancelBackend(pid: number): void {
  getPool()
    .query("SELECT pg_cancel_backend($1)", [pid])
    .catch((error: unknown) => console.error("Could not cancel an export's query:", error instanceof Error ? error.message : error));
}

/** The calls to export: the probe's matches by id when there are few (see openCallsExport), else the filters. */
async function selection(filters: CallFilters, context: WhereContext): Promise<{ where: Prisma.Sql; many: boolean }> {
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  if (!matches) return { where, many: true };
  return { where: matches.length ? Prisma.sql`id = ANY(${matches.map((m) => m.id)}::uuid[])` : Prisma.sql`FALSE`, many: false };
}

/**
 * Starts the export of every call matching `filters`, newest first, as one COPY statement whose CSV
 * goes from PostgreSQL to the response as it comes (backpressure holds memory constant).
 *
 * Timeouts: the statement runs with statement_timeout off, since how long a COPY runs depends on how
 * fast the client downloads. What READ_STATEMENT_TIMEOUT_MS still bounds is the database's own
 * work: whenever the export waits for PostgreSQL for longer than that (the first rows included),
 * the query is cancelled, as a read would be. A search that matches a handful of calls is found by
 * the match probe first (as the list does), so a combination the planner misjudges never walks the
 * whole time index.
 */
export async function openCallsExport(
  filters: CallFilters,
  context: WhereContext,
  { idleLimitMs = getEnv().READ_STATEMENT_TIMEOUT_MS }: { idleLimitMs?: number } = {},
): Promise<CallsExport> {
  const { where, many } = await selection(filters, context);
  const client = await getPool().connect();
  const onClientError = (error: Error) => console.error("CSV export connection failed:", error.message);
  client.on("error", onClientError);
  let released = false;
  const release = (destroy: boolean) => {
    if (released) return;
    released = true;
    client.off("error", onClientError);
    client.release(destroy || undefined);
  };
  let pid: number | undefined;
  let stream: Readable | undefined;
  let settled: Promise<unknown> = Promise.resolve();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SET LOCAL statement_timeout = 0");
    // Rows are wide (a transcript each): sorting many matches means sorting gigabytes before the
    // first byte (1M calls: a 1.4 GB sort). Walking the time index returns them already in order,
    // rows flowing from the start; this only makes a sort the planner's last resort.
    if (many) await client.query("SET LOCAL enable_sort = off");
    // Room for the hashed set of tagged calls (export-sql.ts) however many are tagged: with less,
    // the planner falls back to looking each call up (correct, only slower).
    await client.query(`SET LOCAL work_mem = '${EXPORT_WORK_MEM}'`);
    pid = await backendPid(client);
    const sql = await inlineSql(client, exportCopySql(where));
    // The client is ready for the COMMIT once the COPY's ReadyForQuery is in, after the stream's end.
    settled = new Promise((resolve) => client.once("drain", resolve));
    stream = client.query(copyTo(sql));
  } catch (error) {
    release(true);
    throw error;
  }
  const copy = stream;
  const backend = pid;
  // An error after a cancel has nobody waiting for it; without a listener it would crash the process.
  copy.on("error", () => {});
  const chunks = copy[Symbol.asyncIterator]();
  const rowEnds = new CsvRowEnds();
  let finished = false;

  const next = async (): Promise<Uint8Array | null> => {
    if (finished) return null;
    // Waited too long for the database: its query is cancelled, and the stream ends at once with the
    // read timeout's error (even when the network, not the query, is what is stuck).
    const idle = setTimeout(() => {
      cancelBackend(backend);
      copy.destroy(readTimeout());
    }, idleLimitMs);
    try {
      const chunk: IteratorResult<unknown> = await chunks.next();
      if (!chunk.done) {
        if (!Buffer.isBuffer(chunk.value)) throw new TypeError("COPY yielded a non-binary chunk");
        return rowEnds.transform(chunk.value);
      }
      finished = true;
      await settled;
      await client.query("COMMIT");
      release(false);
      return null;
    } catch (error) {
      finished = true;
      release(true);
      throw error;
    } finally {
      clearTimeout(idle);
    }
  };

  // A small export is read whole here, so its connection is back in the pool before the response
  // starts (a body nobody reads then holds none); a large one starts with its first HEAD_BYTES.
  const head: Buffer[] = [BOM];
  for (let size = 0, chunk = await next(); chunk; chunk = size < HEAD_BYTES ? await next() : null) {
    head.push(Buffer.from(chunk));
    size += chunk.byteLength;
  }
  return {
    head: Buffer.concat(head),
    next,
    rowsSent: () => Math.max(0, rowEnds.rows - 1),
    cutRowEnd: () => rowEnds.cutRowEnd(),
    cancel: async () => {
      if (finished) return;
      finished = true;
      cancelBackend(backend);
      copy.destroy();
      release(true);
    },
  };
}

/** The error of a read stopped at the read timeout (SQLSTATE 57014, as PostgreSQL reports it). */
function readTimeout(): Error {
  return Object.assign(new Error("canceling the export: no data from the database within the read timeout"), { code: "57014" });
}

async function backendPid(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0]?.pid;
  if (typeof pid !== "number") throw new Error("pg_backend_pid() returned nothing");
  return pid;
}
