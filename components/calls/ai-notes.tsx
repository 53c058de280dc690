import type { CallDetail } from "@/lib/calls/get-call";
import { cn } from "@/lib/utils";

/** What Levers' AI concluded about the call: shown as its judgement, not as fact. */
export function AiNotes({ call, className }: { call: Omit<CallDetail, "metadata">; className?: string }) {
  const notes: [string, string | null][] = [
    ["Summary", call.summary],
    ["Why this outcome", call.callOutputReasoning],
    ["Why this sentiment", call.sentimentOutputReasoning],
  ];
  return (
    <section aria-labelledby="ai-notes" className={cn("min-w-0 rounded-lg border border-border bg-surface p-4", className)}>
      <h2 id="ai-notes" className="flex flex-wrap items-center gap-x-2 gap-y-1 font-semibold">
        The AI&apos;s assessment
        <span className="rounded bg-background px-1.5 py-0.5 text-xs font-normal text-muted">written by the AI, not checked by a person</span>
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {notes.map(([label, text]) => (
          <div key={label}>
            <dt className="text-xs font-medium text-muted">{label}</dt>
            <dd className="mt-0.5 leading-relaxed wrap-anywhere">{text?.trim() ? text : <span className="text-muted">Not provided.</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
