import type { ReactNode } from "react";
import { formatCallTime, formatDuration, timeZoneName } from "@/lib/calls/format";
import { labelForKey } from "@/lib/calls/outcome";
import type { CallDetail } from "@/lib/calls/get-call";
import { ContactLink } from "@/components/contacts/contact-link";
import { OutcomeBadge, SentimentBadge, StatusBadge } from "./call-badges";

/** The call's facts; `actions` (a menu) sits at the top right. Long values wrap, never widen the page. */
export function CallHeader({ call, timeZone, actions }: { call: Omit<CallDetail, "metadata">; timeZone: string; actions?: ReactNode }) {
  const facts: [string, ReactNode][] = [
    ["Time", `${formatCallTime(call.endedAt, timeZone)} ${timeZoneName(call.endedAt, timeZone)}`],
    ["Duration", formatDuration(call.durationSeconds)],
    ["Number called", <span key="to" className="font-mono">{call.numberTo ? <ContactLink number={call.numberTo}>{call.numberTo}</ContactLink> : "–"}</span>],
    ["Calling number", <span key="from" className="font-mono">{call.numberFrom ?? "–"}</span>],
    ["Project", call.projectId ?? "–"],
    ["Provider status", <StatusBadge key="p" status={call.providerStatus} />],
    ["Delivery status", <StatusBadge key="d" status={call.deliveryStatus} />],
    ["Ended because", call.endedReason ?? "–"],
  ];
  return (
    <header className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1.5">
          <h1 className="min-w-0 text-xl font-semibold wrap-anywhere">
            Call to <span className="font-mono">{call.numberTo ?? "unknown number"}</span>
          </h1>
          {/* The effective labels, as every list and figure counts the call; the AI's own beside a correction. */}
          <OutcomeBadge outcomeKey={call.effectiveOutcomeKey ?? call.outcomeKey} label={call.reviewedOutcome ?? call.callOutput} />
          <SentimentBadge sentimentKey={call.effectiveSentimentKey ?? call.sentimentKey} />
          {call.corrected && (
            <span className="text-xs text-muted" data-testid="header-corrected">
              corrected by a reviewer (AI: {[call.reviewedOutcomeKey && (call.outcomeKey ? labelForKey(call.outcomeKey) : "none"), call.reviewedSentimentKey && (call.sentimentKey ? labelForKey(call.sentimentKey) : "none")].filter(Boolean).join(", ")})
            </span>
          )}
        </div>
        {actions}
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="wrap-anywhere">{value}</dd>
          </div>
        ))}
      </dl>
      {call.callOutput && call.callOutput !== call.outcomeKey && (
        <p className="text-xs text-muted wrap-anywhere">Outcome as sent by Levers: <code>{call.callOutput}</code>{call.sentimentOutput && <>; sentiment: <code>{call.sentimentOutput}</code></>}</p>
      )}
    </header>
  );
}
