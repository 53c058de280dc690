import { labelForKey } from "@/lib/calls/outcome";
import type { ContactSettings } from "@/lib/contacts/settings";

/** The calling rules as this dashboard applies them, stated where their results are shown. */
export function CallingRulesNote({ settings }: { settings: ContactSettings }) {
  const excluded = settings.nonConversationOutcomes.map(labelForKey).join(", ");
  return (
    <details className="rounded-lg border border-border bg-surface p-4 text-sm">
      <summary className="cursor-pointer font-medium">How the calling rules are counted</summary>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Contact</dt>
        <dd className="text-muted">
          The number called, in E.164 form{settings.accountKeyName ? <>, and the account in <code>{settings.accountKeyName}</code> (one person&apos;s calls about two debts are counted apart)</> : null}.
        </dd>
        <dt className="font-medium">Attempt</dt>
        <dd className="text-muted">Every call placed to the contact, delivered or not. Reg F leaves out calls that did not connect; a failed delivery does not show whether the line rang, so it is counted.</dd>
        <dt className="font-medium">Conversation</dt>
        <dd className="text-muted">A delivered call whose outcome shows the person was reached: any outcome but {excluded} (<code>NON_CONVERSATION_OUTCOMES</code>). A reviewer&apos;s correction of the outcome counts: correcting a voicemail to a reached outcome flags the calls of the 7 days after it. A delivered call without an outcome is not one.</dd>
        <dt className="font-medium">Days</dt>
        <dd className="text-muted">Calendar days in {settings.timeZone} (<code>DASHBOARD_TIMEZONE</code>), not the consumer&apos;s zone.</dd>
        <dt className="font-medium">7 in 7</dt>
        <dd className="text-muted">At most 7 attempts within 7 consecutive days (12 CFR 1006.14(b)(2)): the 8th attempt in the 7 days ending on its day is flagged.</dd>
        <dt className="font-medium">7-day wait</dt>
        <dd className="text-muted">No call within 7 days after a conversation, the conversation&apos;s day being the first: after a conversation on Nov 28 the next call is allowed from Dec 5.</dd>
        <dt className="font-medium">Exceptions</dt>
        <dd className="text-muted">The consumer&apos;s prior consent, calls the consumer made or asked for, and calls to their attorney cannot be seen in the call data: a reviewer can mark a flagged call as excepted, with a reason (audited).</dd>
      </dl>
    </details>
  );
}
