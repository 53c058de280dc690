import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { CallingRulesNote } from "@/components/compliance/calling-rules-note";
import { FlaggedPerDay, FlaggedPerProject } from "@/components/compliance/compliance-figures";
import { FlaggedContacts } from "@/components/compliance/flagged-contacts";
import { PeriodForm } from "@/components/compliance/period-form";
import { Notices } from "@/components/calls/notices";
import { buttonClass } from "@/components/ui/button";
import { recordUserEvent } from "@/lib/audit/record-user-event";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/roles";
import { formatDay } from "@/lib/analytics/days";
import { complianceQuery, parseComplianceParams } from "@/lib/compliance/compliance-params";
import { CONTACTS_PER_PAGE, getComplianceReport, getDisclosureCounts, periodOf } from "@/lib/compliance/compliance-report";
import { ensureCallingRules } from "@/lib/compliance/rules-state";
import { getContactSettings } from "@/lib/contacts/settings";
import { markExceptionAction, removeExceptionAction } from "./actions";

export const metadata: Metadata = { title: "Compliance" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompliancePage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("compliance:read");
  const settings = getContactSettings();
  const params = parseComplianceParams(await searchParams);
  const period = periodOf(params, new Date(), settings.timeZone);
  const readiness = await ensureCallingRules(settings);
  const [summary, disclosure] = await Promise.all([
    getComplianceReport(params, period, settings.timeZone),
    getDisclosureCounts(params, period, settings),
    recordUserEvent(user, await headers(), "compliance.viewed", undefined, { query: complianceQuery(params) }),
  ]);
  const { totals, contacts } = summary;
  const missing = disclosure.reduce((sum, row) => sum + row.missing, 0);
  const checked = disclosure.reduce((sum, row) => sum + row.checked, 0);
  const pages = Math.max(1, Math.ceil(totals.contacts / CONTACTS_PER_PAGE));
  const href = (changes: Parameters<typeof complianceQuery>[1]) => `/compliance?${complianceQuery(params, changes)}`;
  const actions = can(user.role, "compliance:except") ? { mark: markExceptionAction, remove: removeExceptionAction } : null;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Compliance</h1>
          <p className="text-sm text-muted">
            Calls placed against the Reg F calling rules from {formatDay(period.firstDay, "dayYear")} to {formatDay(period.lastDay, "dayYear")} ({settings.timeZone} days),
            grouped by contact, and conversations without the debt-collector disclosure.
          </p>
        </div>
        <a href={`/api/compliance/export?${complianceQuery(params)}`} className={buttonClass("secondary")}>Export CSV</a>
      </div>
      <PeriodForm params={params} />
      {!readiness.ready && <Notices notices={["The contact data of older calls is still being filled in (npm run contacts:backfill): the flags appear once it is done."]} />}
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="compliance-totals">
        {[
          ["Calls placed against the rules", totals.flagged, `${totals.excepted} marked excepted`],
          ["More than 7 in 7 days", totals.overLimit, "the 8th attempt or later in 7 days"],
          ["Within 7 days of a conversation", totals.afterConversation, "the conversation's day is day 1"],
          ["Conversations without a disclosure", missing, `of ${checked.toLocaleString("en-US")} conversations (phrase match)`],
        ].map(([label, value, note]) => (
          <div key={String(label)} className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{Number(value).toLocaleString("en-US")}</dd>
            <dd className="text-xs text-muted">{note}</dd>
          </div>
        ))}
      </dl>
      <CallingRulesNote settings={settings} />
      <p className="text-sm text-muted">
        The disclosure check looks for {settings.disclosurePhrases.map((phrase) => `“${phrase}”`).join(", ")} in the AI&apos;s turns among the first {settings.disclosureTurns} turns
        (<code>DISCLOSURE_PHRASES</code>, <code>DISCLOSURE_TURNS</code>). It is a phrase match: a disclosure in other words is not found, and a phrase said out of context counts.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="per-day" className="min-w-0 space-y-2">
          <h2 id="per-day" className="font-semibold">Per day</h2>
          <FlaggedPerDay days={summary.days} firstDay={period.firstDay} lastDay={period.lastDay} />
        </section>
        <section aria-labelledby="per-project" className="min-w-0 space-y-2">
          <h2 id="per-project" className="font-semibold">Per project</h2>
          <FlaggedPerProject projects={summary.projects} disclosure={disclosure} projectHref={(project) => href({ project, page: 1 })} />
        </section>
      </div>
      <section aria-labelledby="by-contact" className="space-y-2">
        <h2 id="by-contact" className="font-semibold">By contact ({totals.contacts.toLocaleString("en-US")})</h2>
        {contacts.length === 0 ? <p className="rounded-lg border border-border bg-surface p-6 text-muted">No call in this period broke a calling rule.</p> : <FlaggedContacts contacts={contacts} timeZone={settings.timeZone} actions={actions} />}
        {pages > 1 && (
          <nav aria-label="Contacts pages" className="flex items-center gap-3 text-sm">
            {params.page > 1 && <Link href={href({ page: params.page - 1 })} className="text-accent underline">Previous</Link>}
            <span className="text-muted">Page {params.page} of {pages}</span>
            {params.page < pages && <Link href={href({ page: params.page + 1 })} className="text-accent underline">Next</Link>}
          </nav>
        )}
      </section>
    </section>
  );
}
