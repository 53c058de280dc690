import Link from "next/link";
import { CallingRulesNote } from "@/components/compliance/calling-rules-note";
import { CallingStateLine } from "@/components/compliance/calling-state-line";
import { Notices } from "@/components/calls/notices";
import type { ContactKey } from "@/lib/contacts/contact-key";
import { contactHref } from "@/lib/contacts/contact-key";
import type { ContactView } from "@/lib/contacts/contact-view";
import { MAX_CONTACT_CALLS } from "@/lib/contacts/list-contact-calls";
import type { ContactSettings } from "@/lib/contacts/settings";
import { ContactCallsTable } from "./contact-calls-table";
import { PromiseHistory } from "./promise-history";

type Props = {
  title: string;
  subtitle: string;
  view: ContactView;
  settings: ContactSettings;
  groupLabel: (key: ContactKey) => string;
  showNumber?: boolean;
};

/** A contact page: its calling state today, every call in time order, and its promises. */
export function ContactPageBody({ title, subtitle, view, settings, groupLabel, showNumber }: Props) {
  const { calls, truncated, groups, readiness } = view;
  const flagged = calls.filter((call) => call.overLimit || call.afterConversation).length;
  const notices = [
    ...(truncated ? [`Showing the newest ${MAX_CONTACT_CALLS} calls.`] : []),
    ...(!readiness.ready ? ["The contact data of older calls is still being filled in (npm run contacts:backfill): calls may be missing here, and the calling-rule flags are not shown yet."] : []),
  ];
  return (
    <article className="space-y-4">
      <header>
        <p className="text-sm text-muted"><Link href="/calls" className="text-accent underline-offset-2 hover:underline">Calls</Link> / Contact</p>
        <h1 className="text-xl font-semibold" data-testid="contact-title">{title}</h1>
        <p className="text-sm text-muted">
          {subtitle}: {calls.length.toLocaleString("en-US")} call{calls.length === 1 ? "" : "s"}
          {flagged > 0 && <>, <span className="text-danger">{flagged} placed against the calling rules</span></>}.
        </p>
      </header>
      {notices.length > 0 && <Notices notices={notices} />}
      <section aria-labelledby="calling-state" className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <h2 id="calling-state" className="font-semibold">Calling state today</h2>
        <ul className="space-y-2">
          {groups.map(({ key, state }) => (
            <li key={`${key.number}|${key.account ?? ""}`}>
              {groups.length > 1 && (
                <Link href={contactHref(key.number, key.account ?? "")} className="text-sm font-medium text-accent underline-offset-2 hover:underline">
                  {groupLabel(key)}
                </Link>
              )}
              <CallingStateLine state={state} today={state.today} />
            </li>
          ))}
        </ul>
        <CallingRulesNote settings={settings} />
      </section>
      <section aria-labelledby="contact-calls" className="space-y-2">
        <h2 id="contact-calls" className="font-semibold">Calls, oldest first</h2>
        <ContactCallsTable calls={calls} timeZone={settings.timeZone} showNumber={showNumber} />
      </section>
      <section aria-labelledby="promises" className="space-y-2 rounded-lg border border-border bg-surface p-4">
        <h2 id="promises" className="font-semibold">Payment promises and what followed</h2>
        <PromiseHistory calls={calls} timeZone={settings.timeZone} byAccount={settings.accountKeyName !== null} />
      </section>
    </article>
  );
}
