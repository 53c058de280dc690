import { parseTranscript } from "@/lib/calls/transcript";
import { findDisclosure } from "@/lib/compliance/disclosure";
import { getContactSettings } from "@/lib/contacts/settings";

/**
 * For the call page: whether and where the disclosure phrase is in the AI's first turns, the match
 * marked. The transcript view can mark the same span: findDisclosure(...).match gives the turn index
 * (of parseTranscript's parts) and the offsets in its text.
 */
export function DisclosureFinding({ transcript }: { transcript: string | null }) {
  const settings = getContactSettings();
  const result = findDisclosure(transcript, settings.disclosurePhrases, settings.disclosureTurns);
  const note = <span className="text-muted"> A phrase match on the first {settings.disclosureTurns} turns (<code>DISCLOSURE_PHRASES</code>), not an understanding of the call.</span>;
  if (result === null) return <p className="text-sm text-muted">Disclosure: no AI turns to search.</p>;
  if (!result.found) {
    return (
      <p className="text-sm" data-testid="disclosure">
        <span className="font-medium text-danger">No disclosure found</span> in the AI&apos;s {result.searchedTurns} turn{result.searchedTurns === 1 ? "" : "s"} searched.{note}
      </p>
    );
  }
  const { turn, start, end } = result.match;
  const text = parseTranscript(transcript)[turn]?.text ?? "";
  const from = Math.max(0, start - 60);
  return (
    <p className="text-sm" data-testid="disclosure">
      <span className="font-medium">Disclosure found</span> in turn {turn + 1}: “{from > 0 && "…"}
      {text.slice(from, start)}
      <mark className="rounded-sm bg-(--chart-3)/35 px-0.5 text-foreground">{text.slice(start, end)}</mark>
      {text.slice(end, end + 60)}
      {end + 60 < text.length && "…"}”.{note}
    </p>
  );
}
