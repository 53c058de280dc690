import "server-only";
import type pg from "pg";
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildCallWhere, type WhereContext } from "./call-where";
import { UTF8_BOM } from "./csv";
import { beginCopyTransaction, startCopy, type CopyStream, type CopyTransaction } from "./export-copy";
import { affordableSlices, sliceBounds, sliceConditions } from "./export-slices";
import { spoolCopy, type Spool } from "./export-spool";
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
  /** COPY statements the export runs (1, or the slices it was split into). */
  slices: number;
  /** The client went away: stops the query and closes its connection. */
  cancel: () => Promise<void>;
};

const BOM = Buffer.from(UTF8_BOM, "utf8");
const HEAD_BYTES = 64 * 1024;
const EXPORT_WORK_MEM = "32MB";

/** The calls to export: the probe's matches by id when there are few (see openCallsExport), else the filters. */
async function selection(filters: CallFilters, context: WhereContext): Promise<{ where: Prisma.Sql; many: boolean }> {
  const where = buildCallWhere(filters, context);
  const matches = await probeMatches(where);
  if (!matches) return { where, many: true };
  return { where: matches.length ? Prisma.sql`id = ANY(${matches.map((m) => m.id)}::uuid[])` : Prisma.sql`FALSE`, many: false };
}

export type ExportOptions = {
  /** How long the export may wait for PostgreSQL before it is cancelled (READ_STATEMENT_TIMEOUT_MS). */
  idleLimitMs?: number;
  /** COPY statements run at once over consecutive slices (EXPORT_STREAMS; fewer when the read pool is busy). */
  streams?: number;
  /** The slices' bounds, newest first, instead of an even split of the matches' time (tests). */
  bounds?: readonly Date[];
};

/**
 * Starts the export of every call matching `filters`, newest first, as COPY statements whose CSV
 * goes from PostgreSQL to the response as it comes. A large export is split into consecutive
 * slices of the list order (export-slices.ts), one COPY each on its own connection, all in one
 * snapshot: the first slice streams to the client (backpressure holds memory constant), the later
 * ones are copied to temporary files meanwhile and follow in order (export-spool.ts). The bytes
 * are those of the single statement: one BOM, one header, the same rows in the same order.
 *
 * Timeouts: the statements run with statement_timeout off, since how long a COPY runs depends on
 * how fast the client downloads. What READ_STATEMENT_TIMEOUT_MS still bounds is the database's own
 * work: whenever a slice waits for PostgreSQL for longer than that (the first rows included), its
 * query is cancelled, as a read would be. A search that matches a handful of calls is found by
 * the match probe first (as the list does), so a combination the planner misjudges never walks
 * the whole time index.
 */
export async function openCallsExport(filters: CallFilters, context: WhereContext, options: ExportOptions = {}): Promise<CallsExport> {
  const env = getEnv();
  const idleLimitMs = options.idleLimitMs ?? env.READ_STATEMENT_TIMEOUT_MS;
  const { where, many } = await selection(filters, context);
  const setup = [
    "SET LOCAL statement_timeout = 0",
    // Rows are wide (a transcript each): sorting many matches means sorting gigabytes before the
    // first byte (1M calls: a 1.4 GB sort). Walking the time index returns them already in order,
    // rows flowing from the start; this only makes a sort the planner's last resort.
    ...(many ? ["SET LOCAL enable_sort = off"] : []),
    // Room for the hashed set of tagged calls (export-sql.ts) however many are tagged: with less,
    // the planner falls back to looking each call up (correct, only slower).
    `SET LOCAL work_mem = '${EXPORT_WORK_MEM}'`,
  ];
  const first = await beginCopyTransaction(setup);
  const transactions: CopyTransaction[] = [first];
  const spools: Spool[] = [];
  let head: CopyStream | undefined;
  try {
    const wanted = many ? affordableSlices(options.streams ?? env.EXPORT_STREAMS, getPool()) : 1;
    const bounds = wanted > 1 ? (options.bounds ?? (await sliceBounds(where, wanted))) : [];
    const slices = sliceConditions(where, bounds);
    const statements: string[] = [];
    for (const [index, slice] of slices.entries()) statements.push(await inlineSql(first.client, exportCopySql(slice, { header: index === 0, parallel: slices.length === 1 })));
    if (slices.length > 1) {
      const snapshot = await exportSnapshot(first.client);
      const later = await Promise.allSettled(slices.slice(1).map(() => beginCopyTransaction([`SET TRANSACTION SNAPSHOT '${snapshot}'`, ...setup])));
      for (const result of later) if (result.status === "fulfilled") transactions.push(result.value);
      const failed = later.find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
    }
    head = startCopy(first, statements[0]!, idleLimitMs);
    for (const [index, transaction] of transactions.entries()) {
      if (index > 0) spools.push(await spoolCopy(startCopy(transaction, statements[index]!, idleLimitMs)));
    }
  } catch (error) {
    head?.cancel();
    await Promise.all(spools.map((spool) => spool.close()));
    for (const transaction of transactions) transaction.release(true);
    throw error;
  }
  return joinSlices(head, spools);
}

/** The CSV of the slices in order: the first as it comes, then each spool. */
async function joinSlices(first: CopyStream, spools: readonly Spool[]): Promise<CallsExport> {
  let current = 0; // 0: the first slice; k: spools[k - 1]
  let finished = false;
  const closeSpools = () => Promise.all(spools.map((spool) => spool.close()));

  const next = async (): Promise<Uint8Array | null> => {
    if (finished) return null;
    try {
      for (; current <= spools.length; current++) {
        const chunk = current === 0 ? await first.next() : await spools[current - 1]!.read();
        if (chunk) return chunk;
      }
      finished = true;
      return null;
    } catch (error) {
      finished = true;
      first.cancel();
      await closeSpools();
      throw error;
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
    slices: spools.length + 1,
    next,
    rowsSent: () => Math.max(0, first.rows() - 1) + spools.reduce((sum, spool) => sum + spool.rows(), 0),
    cutRowEnd: () => (current === 0 ? first.cutRowEnd() : (spools[current - 1]?.cutRowEnd() ?? "")),
    cancel: async () => {
      if (finished) return;
      finished = true;
      first.cancel();
      await closeSpools();
    },
  };
}

/** The snapshot the later slices share with the first (a server-made id such as `00000003-0000001B-1`). */
async function exportSnapshot(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
  const id = rows[0]?.id;
  if (!id || !/^[0-9A-F-]+$/i.test(id)) throw new Error("pg_export_snapshot() returned no usable id");
  return id;
}
