import Link from "next/link";
import type { CallCallingState } from "@/lib/compliance/calling-state";
import { contactHref } from "@/lib/contacts/contact-key";
import { getContactSettings } from "@/lib/contacts/settings";
import { CallingStateLine } from "./calling-state-line";

/**
 * For the call page: the contact's calling state as of this call ("6 of 7 calls in the 7 days to
 * Dec 1; a conversation on Nov 28: next call allowed from Dec 5") and whether the call broke a rule.
 * Reads counts of the contact's calls, no other call's content; the page's own call.viewed event covers it.
 * `state`: getCallingStateOf(call), started with the page's other reads (lib/calls/call-page-data.ts).
 */
export async function CallingState({ state }: { state: Promise<CallCallingState> }) {
  const settings = getContactSettings();
  const result = await state;
  if (!result) return <p className="text-sm text-muted">No number to count calls for.</p>;
  return (
    <div className="space-y-1">
      <CallingStateLine state={result.state} />
      <p className="text-xs text-muted">
        As of this call, in {settings.timeZone} days.{" "}
        <Link href={contactHref(result.key.number, result.key.account)} className="text-accent underline">
          Every call to this contact
        </Link>
      </p>
    </div>
  );
}
