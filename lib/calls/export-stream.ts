// The export's response body: the first rows already read (export-calls.ts), the rest pulled from
// the COPY stream as the client takes them (constant memory). A failure midway ends the file with
// a line saying so, instead of a cut that a spreadsheet would open as a complete export.
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { isStatementTimeout } from "@/lib/http/read-errors";
import { csvLine } from "./csv";
import type { CallsExport } from "./export-calls";

export function exportFailureLine(error: unknown, rowsSent: number): string {
  const why = isStatementTimeout(error)
    ? "a query took longer than the read timeout"
    : isDatabaseUnavailable(error)
      ? "the database stopped answering"
      : "of an error on the server";
  return csvLine([`EXPORT FAILED: stopped after ${rowsSent} rows because ${why}. This file is incomplete; export again or narrow the filters.`]);
}

export type ExportEnd = "completed" | "failed" | "cancelled";

/** The CSV body; `onEnd` runs once when it ends, fails or the client goes away. */
export function exportStream(csv: CallsExport, onEnd: (how: ExportEnd) => void | Promise<void>): ReadableStream<Uint8Array> {
  let head: Uint8Array | null = csv.head;
  // A client that goes away while a chunk is being read has cancelled the stream: that chunk is
  // dropped, and onEnd has already run (once).
  let ended = false;
  const end = async (how: ExportEnd) => {
    if (ended) return;
    ended = true;
    await onEnd(how);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (head !== null) {
        controller.enqueue(head);
        head = null;
        return;
      }
      let how: ExportEnd = "completed";
      try {
        const chunk = await csv.next();
        if (ended) return;
        if (chunk) return controller.enqueue(chunk);
      } catch (error) {
        if (ended) return;
        console.error("CSV export failed midway:", error instanceof Error ? error.message : error);
        // A cut row (bytes of it already sent) is closed first, so the error line is a row of its own.
        controller.enqueue(new TextEncoder().encode(`${csv.cutRowEnd()}${exportFailureLine(error, csv.rowsSent())}`));
        how = "failed";
      }
      // Awaited before the end of the file: whoever waits for the download also waits for its audit row.
      await end(how);
      controller.close();
    },
    async cancel() {
      await end("cancelled");
      await csv.cancel();
    },
  });
}
