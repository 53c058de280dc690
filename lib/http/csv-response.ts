// A CSV download streamed from batches of rows: the BOM and the header first, then one chunk per
// batch as the reader pulls (constant memory), the batches' generator closed when the reader leaves.
import { csvLine, UTF8_BOM } from "@/lib/calls/csv";

type Cell = string | number | Date | null | undefined;

export function csvResponse(header: readonly string[], batches: AsyncGenerator<readonly (readonly Cell[])[]>, filename: string): Response {
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(header)));
        return;
      }
      const { value, done } = await batches.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.map((row) => csvLine(row)).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
