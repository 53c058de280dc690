// The debt-collector disclosure ("mini-Miranda", FDCPA 807(11)) as a phrase match: each configured
// phrase is looked for in the AI's turns among the first `turns` turns of the transcript, ignoring
// case, punctuation and spacing between its words. A phrase match, not an understanding of the call:
// the pages say so.
import { parseTranscript } from "@/lib/calls/transcript";

export type DisclosureMatch = {
  /** Index of the turn in parseTranscript's parts. */
  turn: number;
  /** The matched text's offsets within that turn's text. */
  start: number;
  end: number;
  phrase: string;
};

/** found: a phrase was matched; missing: AI turns were searched, none matched; null: no AI turn to search. */
export type DisclosureResult = { found: true; match: DisclosureMatch } | { found: false; searchedTurns: number } | null;

/** Only this much of a transcript is read: a disclosure belongs at the start of a call. */
export const DISCLOSURE_SCAN_CHARS = 8_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "iu");
}

export function findDisclosure(transcript: string | null | undefined, phrases: string[], turns: number): DisclosureResult {
  const parts = parseTranscript(transcript?.slice(0, DISCLOSURE_SCAN_CHARS)).slice(0, turns);
  const aiTurns = parts.flatMap((part, index) => (part.speaker === "ai" ? [{ index, text: part.text }] : []));
  if (aiTurns.length === 0) return null;
  const patterns = phrases.flatMap((phrase) => {
    const pattern = phrasePattern(phrase);
    return pattern ? [{ phrase, pattern }] : [];
  });
  for (const { index, text } of aiTurns) {
    // The earliest match in the turn, whichever phrase it is.
    let best: DisclosureMatch | null = null;
    for (const { phrase, pattern } of patterns) {
      const match = pattern.exec(text);
      if (match && (best === null || match.index < best.start)) best = { turn: index, start: match.index, end: match.index + match[0].length, phrase };
    }
    if (best) return { found: true, match: best };
  }
  return { found: false, searchedTurns: aiTurns.length };
}
