import Link from "next/link";
import { formatCallTime } from "@/lib/calls/format";
import { contactPromiseOf } from "@/lib/contacts/contact-promise";
import type { ContactCall } from "@/lib/contacts/list-contact-calls";
import { describeDifference, describeTerms } from "@/lib/contacts/promise-terms-format";
import { followThroughPromises, PROMISE_STATE_LABELS } from "@/lib/contacts/promises";

/** Each payment promise of the contact and what the later calls show became of it. */
export function PromiseHistory({ calls, timeZone, byAccount }: { calls: ContactCall[]; timeZone: string; byAccount: boolean }) {
  // A promise about one debt is followed by the later calls about that debt only.
  const groups = new Map<string, ContactCall[]>();
  for (const call of calls) {
    const key = byAccount ? (call.accountKey ?? "") : "";
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  const promises = [...groups.values()].flatMap((group) => followThroughPromises(group)).sort((a, b) => a.promise.endedAt.getTime() - b.promise.endedAt.getTime());
  if (promises.length === 0) return <p className="text-sm text-muted">No payment promise in these calls.</p>;
  return (
    <>
      <ol className="space-y-2 text-sm">
        {promises.map(({ promise, state, decidedBy }) => {
          // The terms that count: a reviewer's correction, else what the AI's texts state.
          const { effective, extracted, correction } = contactPromiseOf(promise, timeZone);
          const by = correction?.by ? correction.by.name.trim() || correction.by.email : "a reviewer";
          return (
            <li key={promise.id} className="rounded-md border border-border bg-background p-3" data-promise-state={state}>
              <p>
                <Link href={`/calls/${promise.id}`} className="font-medium text-accent underline-offset-2 hover:underline">{formatCallTime(promise.endedAt, timeZone)}</Link>
                {": "}
                <span data-testid="contact-promise-terms">{describeTerms(effective)}</span>
                {correction ? (
                  <span className="text-xs text-muted"> · corrected by {by} (extracted: {describeDifference(extracted, effective)})</span>
                ) : (
                  <span className="text-xs text-muted"> · extracted from the AI&apos;s summary{extracted.dateText ? ` (“${extracted.dateText}”)` : ""}</span>
                )}
              </p>
              <p className="mt-1">
                <span className="font-medium">{PROMISE_STATE_LABELS[state]}</span>
                {decidedBy && (
                  <>
                    {" "}
                    <Link href={`/calls/${decidedBy.id}`} className="text-accent underline-offset-2 hover:underline">on {formatCallTime(decidedBy.endedAt, timeZone)}</Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-xs text-muted">As seen in the calls: a payment made outside a call, or a call the AI did not classify, is not seen.</p>
    </>
  );
}
