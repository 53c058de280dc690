import Link from "next/link";
import { OutcomeBadge } from "@/components/calls/call-badges";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/analytics/days";
import { formatCallTime } from "@/lib/calls/format";
import type { ContactRow, FlaggedCall } from "@/lib/compliance/compliance-report";
import { contactHref } from "@/lib/contacts/contact-key";
import { formatContactNumber } from "@/lib/contacts/normalize-number";
import type { ActionState } from "@/lib/http/action-state";
import { ExceptionForm } from "./exception-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Props = { contacts: ContactRow[]; timeZone: string; actions: { mark: Action; remove: Action } | null };

function why(call: FlaggedCall): string {
  return [
    call.overLimit && `call ${call.attempts} in 7 days`,
    call.afterConversation && call.conversationDay && `within 7 days of the conversation on ${formatDay(call.conversationDay, "day")}`,
  ].filter(Boolean).join("; ");
}

/** Contacts with flagged calls, most first; each call opens, and can be marked excepted by a reviewer. */
export function FlaggedContacts({ contacts, timeZone, actions }: Props) {
  return (
    <ol className="space-y-3">
      {contacts.map((contact) => (
        <li key={`${contact.number}|${contact.account}`} className="rounded-lg border border-border bg-surface p-4" data-testid="flagged-contact">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={contactHref(contact.number, contact.account || null)} className="font-medium text-accent underline-offset-2 hover:underline">
              {formatContactNumber(contact.number)}{contact.account && ` · account ${contact.account}`}
            </Link>
            <p className="text-sm text-muted">
              {contact.flagged} flagged: {contact.overLimit} over 7 in 7 (up to {contact.maxAttempts} calls), {contact.afterConversation} within 7 days of a conversation
            </p>
          </div>
          <ul className="mt-2 divide-y divide-border text-sm">
            {contact.calls.map((call) => (
              <li key={call.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
                <Link href={`/calls/${call.id}`} className="whitespace-nowrap text-accent underline-offset-2 hover:underline">{formatCallTime(call.endedAt, timeZone)}</Link>
                <OutcomeBadge outcomeKey={call.outcomeKey} />
                {call.exceptionReason ? <Badge tone="--chart-7" title={call.exceptionReason}>Excepted: {call.exceptionReason}</Badge> : <span className="text-danger">{why(call)}</span>}
                {actions && <ExceptionForm callId={call.id} excepted={call.exceptionReason !== null} mark={actions.mark} remove={actions.remove} />}
              </li>
            ))}
          </ul>
          {contact.flagged > contact.calls.length && <p className="mt-1 text-xs text-muted">The newest {contact.calls.length} of {contact.flagged}; the contact page has them all.</p>}
        </li>
      ))}
    </ol>
  );
}
