import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getEnv } from "@/lib/env";
import type { CopyStream } from "./export-copy";

/**
 * A later slice of an export, copied from its COPY into a temporary file as fast as the database
 * sends it, and read back, in order, once the slices before it have been sent. The file is unlinked
 * as soon as it is open: it never shows in the directory, and its space is freed when the handle
 * closes, on every path (end, error, a client gone, even a crash of the process).
 */
export type Spool = {
  /** The next bytes in order, or null at the end; rejects with the COPY's error once every byte written before it has been read. */
  read: () => Promise<Buffer | null>;
  /** Rows whose end has been read. */
  rows: () => number;
  /** What closes a row cut off in the bytes read so far. */
  cutRowEnd: () => string;
  /** Stops the COPY (if still running) and closes the file; safe to call more than once. */
  close: () => Promise<void>;
};

/** Bytes written at a time (about), and read back at a time (at most, and at least one write's). */
const WRITE_BYTES = 512 * 1024;
const READ_BYTES = 1024 * 1024;

/** Where the spools go: the OS temporary directory unless told otherwise (tests). */
export function spoolDirectory(): string {
  return getEnv().EXPORT_SPOOL_DIR ?? tmpdir();
}

type Mark = { end: number; rows: number; cut: string };

export async function spoolCopy(copy: CopyStream, directory = spoolDirectory()): Promise<Spool> {
  const file = path.join(directory, `levers-export-${randomUUID()}.csv`);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "w+", 0o600);
    await fs.unlink(file);
  } catch (error) {
    copy.cancel();
    await fs.rm(file, { force: true });
    throw error;
  }
  // Where each written chunk ends, with the rows complete there: bytes are read back in whole
  // chunks, so the rows sent are known without scanning them again.
  const marks: Mark[] = [];
  let written = 0;
  let done = false;
  let failure: { error: unknown } | undefined;
  let closed = false;
  let wake = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };

  // Chunks are written in batches of about WRITE_BYTES: COPY's chunks are small (a socket read),
  // and a write (a thread-pool round trip) per chunk cost Node more than the rest of the export.
  const pump = (async () => {
    let batch: Buffer[] = [];
    let size = 0;
    const flush = async () => {
      const bytes = Buffer.concat(batch, size);
      for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at, written + at)).bytesWritten;
      written += bytes.length;
      marks.push({ end: written, rows: copy.rows(), cut: copy.cutRowEnd() });
      batch = [];
      size = 0;
      notify();
    };
    try {
      for (let chunk = await copy.next(); chunk && !closed; chunk = await copy.next()) {
        batch.push(chunk);
        size += chunk.length;
        if (size >= WRITE_BYTES) await flush();
      }
      if (size > 0 && !closed) await flush();
    } catch (error) {
      if (!closed) failure = { error };
    } finally {
      done = true;
      notify();
    }
  })();

  let position = 0;
  let next = 0; // the first mark not yet read
  let rows = 0;
  let cut = "";

  const close = async () => {
    if (closed) return;
    closed = true;
    copy.cancel();
    await pump; // no write may be in flight when the handle closes
    await handle.close();
  };

  const read = async (): Promise<Buffer | null> => {
    for (;;) {
      if (closed) return null;
      if (next < marks.length) break;
      if (done) {
        await close();
        if (failure) throw failure.error;
        return null;
      }
      await changed;
    }
    let last = next;
    while (last + 1 < marks.length && marks[last + 1]!.end - position <= READ_BYTES) last++;
    const mark = marks[last]!;
    const buffer = Buffer.allocUnsafe(mark.end - position);
    for (let at = 0; at < buffer.length; ) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, position + at);
      if (bytesRead === 0) throw new Error("A spooled export file ended early");
      at += bytesRead;
    }
    position = mark.end;
    rows = mark.rows;
    cut = mark.cut;
    // Marks already read are dropped now and then, so a long export keeps only the unread ones.
    if (last + 1 >= 1024) {
      marks.splice(0, last + 1);
      next = 0;
    } else next = last + 1;
    return buffer;
  };

  return { read, rows: () => rows, cutRowEnd: () => cut, close };
}
