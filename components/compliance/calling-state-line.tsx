import { describeBreach, describeCallingState, type CallingState } from "@/lib/compliance/calling-rules";
import type { Day } from "@/lib/calls/date-range";
import { cn } from "@/lib/utils";

/** The plain sentence of a contact's calling state, and for a call what it broke. */
export function CallingStateLine({ state, today, className }: { state: CallingState; today?: Day; className?: string }) {
  const breach = describeBreach(state);
  return (
    <div className={cn("text-sm", className)} data-testid="calling-state">
      <p>{describeCallingState(state, today)}.</p>
      {breach && <p className="mt-1 font-medium text-danger">{breach}</p>}
    </div>
  );
}
