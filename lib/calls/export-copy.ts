import "server-only";
import type { Readable } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { getPool } from "@/lib/db";
import { CsvRowEnds } from "./csv-row-ends";

/** One COPY statement on one read connection, its CSV pulled chunk by chunk (export-calls.ts joins several). */
export type CopyStream = {
  /** The next bytes of CSV (CRLF row ends), or null at the end; rejects when the COPY fails. */
  next: () => Promise<Buffer | null>;
  /** Rows whose end has been returned (a header row included). */
  rows: () => number;
  /** What closes a row cut off by a failure ("" at a row's end). */
  cutRowEnd: () => string;
  /** Stops the query and closes its connection (nothing once the connection is back in the pool). */
  cancel: () => void;
};

export type CopyTransaction = {
  /** The connection, inside `BEGIN ... READ ONLY` with the export's settings; released by the stream. */
  client: pg.PoolClient;
  /** Releases the connection (destroyed when it may be mid-statement). */
  release: (destroy: boolean) => void;
  pid: number;
};

/** Stops a running statement from another connection (a closed socket alone is noticed only at the next write). */
function cancelBackend(pid: number): void {
  getPool()
    .query("SELECT pg_cancel_backend($1)", [pid])
    .catch((error: unknown) => console.error("Could not cancel an export's query:", error instanceof Error ? error.message : error));
}

/**
 * A read connection in a read-only transaction, every statement of `setup` run in it (a failure
 * releases it). The transaction is REPEATABLE READ so that the export's other connections can share
 * its snapshot (`pg_export_snapshot()` / `SET TRANSACTION SNAPSHOT`, which must come first).
 */
export async function beginCopyTransaction(setup: readonly string[]): Promise<CopyTransaction> {
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
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const statement of setup) await client.query(statement);
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const pid = rows[0]?.pid;
    if (typeof pid !== "number") throw new Error("pg_backend_pid() returned nothing");
    return { client, release, pid };
  } catch (error) {
    release(true);
    throw error;
  }
}

/**
 * Runs `sql` (a COPY ... TO STDOUT, values inlined) on the transaction's connection. Whenever the
 * stream waits for PostgreSQL longer than `idleLimitMs`, the query is cancelled and the stream fails
 * with the read timeout's error (even when the network, not the query, is what is stuck).
 */
export function startCopy({ client, release, pid }: CopyTransaction, sql: string, idleLimitMs: number): CopyStream {
  let stream: Readable;
  // The client is ready for the COMMIT once the COPY's ReadyForQuery is in, after the stream's end.
  const settled = new Promise((resolve) => client.once("drain", resolve));
  try {
    stream = client.query(copyTo(sql));
  } catch (error) {
    release(true);
    throw error;
  }
  const copy = stream;
  // An error after a cancel has nobody waiting for it; without a listener it would crash the process.
  copy.on("error", () => {});
  const chunks = copy[Symbol.asyncIterator]();
  const rowEnds = new CsvRowEnds();
  let finished = false;
  // A cancelled COPY may still end "normally" for a next() already waiting (a destroyed stream is
  // done); that one must neither wait for the connection's ReadyForQuery nor send COMMIT on it.
  let cancelled = false;
  let released = false;
  const releaseOnce = (destroy: boolean) => {
    released = true;
    release(destroy);
  };
  let abort = () => {};
  const aborted = new Promise<false>((resolve) => (abort = () => resolve(false)));

  /**
   * Every row is in: the COMMIT of the read-only transaction only hands the connection back clean.
   * It is bounded like the rows were, and given up on cancel: a connection that stopped answering
   * (a spooled slice's, say, while the client is still reading the first) is destroyed, never
   * waited for, so closing the export cannot hang on it.
   */
  const commit = async () => {
    let timer: NodeJS.Timeout | undefined;
    const clean = await Promise.race([
      settled.then(() => client.query("COMMIT")).then(() => true, () => false),
      aborted,
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), idleLimitMs))),
    ]);
    clearTimeout(timer);
    releaseOnce(!clean);
  };

  const next = async (): Promise<Buffer | null> => {
    if (finished) return null;
    const idle = setTimeout(() => {
      cancelBackend(pid);
      copy.destroy(readTimeout());
    }, idleLimitMs);
    try {
      const chunk: IteratorResult<unknown> = await chunks.next();
      if (cancelled) return null;
      if (!chunk.done) {
        if (!Buffer.isBuffer(chunk.value)) throw new TypeError("COPY yielded a non-binary chunk");
        return rowEnds.transform(chunk.value);
      }
      finished = true;
      await commit();
      return null;
    } catch (error) {
      finished = true;
      releaseOnce(true);
      if (cancelled) return null;
      throw error;
    } finally {
      clearTimeout(idle);
    }
  };

  return {
    next,
    rows: () => rowEnds.rows,
    cutRowEnd: () => rowEnds.cutRowEnd(),
    cancel: () => {
      if (released) return;
      cancelled = true;
      abort();
      if (!finished) {
        cancelBackend(pid);
        copy.destroy();
      }
      finished = true;
      releaseOnce(true);
    },
  };
}

/** The error of a read stopped at the read timeout (SQLSTATE 57014, as PostgreSQL reports it). */
function readTimeout(): Error {
  return Object.assign(new Error("canceling the export: no data from the database within the read timeout"), { code: "57014" });
}
