import type { TextPart } from "@/lib/calls/highlight";

/** Text with its matches in <mark>; the parts come from splitMarked or highlightTerms. */
export function HighlightedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, i) =>
    part.highlighted ? (
      <mark key={i} className="rounded-sm bg-(--chart-3)/35 px-0.5 text-foreground">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
