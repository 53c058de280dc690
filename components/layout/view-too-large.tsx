import { VIEW_TOO_LARGE_MESSAGE } from "@/lib/http/read-errors";

/** In place of a page's content when its queries ran past READ_STATEMENT_TIMEOUT_MS. */
export function ViewTooLarge() {
  return (
    <section role="alert" className="space-y-1 rounded-lg border border-(--chart-3)/50 bg-(--chart-3)/10 p-6">
      <h2 className="font-semibold">This view is too large, narrow the range</h2>
      <p className="text-sm text-muted">{VIEW_TOO_LARGE_MESSAGE}</p>
    </section>
  );
}
