import Link from "next/link";
import { OutcomeBadge, SentimentBadge } from "@/components/calls/call-badges";
import { DisclosureBadge } from "@/components/compliance/disclosure-badge";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/analytics/days";
import { formatCallTime, formatDuration } from "@/lib/calls/format";
import { labelForKey } from "@/lib/calls/outcome";
import type { ContactCall } from "@/lib/contacts/list-contact-calls";
import { formatContactNumber } from "@/lib/contacts/normalize-number";

function RuleFlags({ call }: { call: ContactCall }) {
  if (!call.overLimit && !call.afterConversation) return null;
  const why = [
    call.overLimit && `call ${call.attempts} in 7 days`,
    call.afterConversation && call.conversationDay && `after the conversation on ${formatDay(call.conversationDay, "day")}`,
  ].filter(Boolean).join("; ");
  if (call.exceptionReason) return <Badge tone="--chart-7" title={`Excepted: ${call.exceptionReason}`}>Excepted</Badge>;
  return <Badge tone="--chart-4" title={why}>Against the rules: {why}</Badge>;
}

/** A contact's calls, oldest first: what happened each time, and which calls broke a calling rule. */
export function ContactCallsTable({ calls, timeZone, showNumber }: { calls: ContactCall[]; timeZone: string; showNumber?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="border-b border-border text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">When ({timeZone})</th>
            {showNumber && <th scope="col" className="px-3 py-2 font-medium">Number</th>}
            <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
            <th scope="col" className="px-3 py-2 font-medium">Sentiment</th>
            <th scope="col" className="px-3 py-2 font-medium">Duration</th>
            <th scope="col" className="px-3 py-2 font-medium">Summary (the AI&apos;s)</th>
            <th scope="col" className="px-3 py-2 font-medium">Checks</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id} className="border-b border-border align-top last:border-0" data-flagged={call.overLimit || call.afterConversation ? "true" : undefined}>
              <td className="whitespace-nowrap px-3 py-2">
                <Link href={`/calls/${call.id}`} className="text-accent underline-offset-2 hover:underline">{formatCallTime(call.endedAt, timeZone)}</Link>
              </td>
              {showNumber && <td className="whitespace-nowrap px-3 py-2">{call.contactNumber ? formatContactNumber(call.contactNumber) : "–"}</td>}
              <td className="px-3 py-2">
                <OutcomeBadge outcomeKey={call.outcomeKey} label={call.callOutput} />
                {call.outcomeCorrected && (
                  <span className="block text-xs text-muted" data-testid="contact-outcome-corrected">
                    corrected (AI: {call.aiOutcomeKey ? labelForKey(call.aiOutcomeKey) : "none"})
                  </span>
                )}
              </td>
              <td className="px-3 py-2"><SentimentBadge sentimentKey={call.sentimentKey} /></td>
              <td className="whitespace-nowrap px-3 py-2">{formatDuration(call.durationSeconds)}</td>
              <td className="max-w-md px-3 py-2 text-muted">{call.summary ?? (call.deliveryStatus === "pass" ? "No summary" : "Not delivered")}</td>
              <td className="space-y-1 px-3 py-2">
                <DisclosureBadge found={call.disclosureFound} />
                <RuleFlags call={call} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
