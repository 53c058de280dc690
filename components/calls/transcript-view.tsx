import { HighlightedText } from "@/components/ui/highlighted-text";
import { highlightTerms } from "@/lib/calls/highlight";
import { parseTranscript } from "@/lib/calls/transcript";

/** The transcript as a conversation: the AI on the left, the contact on the right. */
type Props = { transcript: string | null; terms: string[]; fullLength?: number; fullHref?: string };

/**
 * In the page's own flow, not a box of its own: the page scrolls (and the keyboard scrolls it), and
 * no turn is cut at a box's edge. A transcript cut to fit the page (bounded-call.ts) ends with a
 * link to all of it.
 */
export function TranscriptView({ transcript, terms, fullLength, fullHref }: Props) {
  const parts = parseTranscript(transcript);
  if (parts.length === 0) return <p className="text-sm text-muted">No transcript: nobody spoke, or Levers sent none.</p>;
  return (
    <>
    <ol className="space-y-2" aria-label="Transcript">
      {parts.map((part, i) => {
        const text = <HighlightedText parts={highlightTerms(part.text, terms)} />;
        if (part.speaker === null) return <li key={i} className="whitespace-pre-line text-sm leading-relaxed wrap-anywhere">{text}</li>;
        const ai = part.speaker === "ai";
        return (
          <li key={i} className={`flex ${ai ? "justify-start" : "justify-end"}`} data-speaker={part.speaker}>
            <div className={`max-w-[88%] min-w-0 rounded-lg border px-3 py-2 text-sm leading-relaxed wrap-anywhere sm:max-w-[80%] ${ai ? "border-border bg-background" : "border-accent/30 bg-accent/5"}`}>
              {/* Not text-muted: on the contact's tinted bubble it falls below 4.5:1 contrast. */}
              <p className="mb-0.5 text-xs font-semibold text-foreground/70">{part.label}</p>
              <p className="whitespace-pre-line">{text}</p>
            </div>
          </li>
        );
      })}
    </ol>
    {fullLength !== undefined && fullHref && (
      <p className="mt-2 text-xs text-muted">
        Showing the first {(transcript?.length ?? 0).toLocaleString("en-US")} of {fullLength.toLocaleString("en-US")} characters.{" "}
        <a href={fullHref} className="text-accent underline">Show all</a>
      </p>
    )}
    </>
  );
}
