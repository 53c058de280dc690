import { findCallPosition } from "@/lib/calls/call-position";
import type { WhereContext } from "@/lib/calls/call-where";
import type { CallFilters } from "@/lib/calls/filters";
import type { CallSort } from "@/lib/calls/list-params";
import type { MatchKey } from "@/lib/calls/match-probe";

type Props = { call: MatchKey; filters: CallFilters; sort: CallSort; context: WhereContext };

/** "3 of 67" between the step buttons, streamed after the page (in a Suspense boundary); nothing where it is not cheap to know. */
export async function CallPosition({ call, filters, sort, context }: Props) {
  const position = await findCallPosition(call, filters, sort, context).catch((error: unknown) => {
    // The position is a nicety: a slow or failed count must not cost the user the call.
    console.error("The call's position in its list could not be counted:", error instanceof Error ? error.message : error);
    return null;
  });
  if (!position) return null;
  return (
    <span className="px-1 text-sm whitespace-nowrap text-muted tabular-nums" data-testid="call-position">
      <span className="sr-only">Call </span>
      {position.index.toLocaleString("en-US")} of {position.total.toLocaleString("en-US")}
      <span className="sr-only"> in this list</span>
    </span>
  );
}
