// A transcript is one string. Most read `AI: ...\nCustomer: ...`; vendors vary the names and some
// send it on one line. This turns it into speaker turns, or plain paragraphs when no speakers show.

export type Speaker = "ai" | "contact";
export type TranscriptPart = { speaker: Speaker; label: string; text: string } | { speaker: null; text: string };

const AI_NAMES = ["ai", "agent", "assistant", "bot", "ai assistant", "voice agent"];
const CONTACT_NAMES = ["customer", "user", "contact", "caller", "callee", "client", "human", "debtor"];
const NAMES = [...AI_NAMES, ...CONTACT_NAMES].sort((a, b) => b.length - a.length).join("|");
const AT_LINE_START = new RegExp(`^\\s*(${NAMES})\\s*:\\s*`, "i");
// On a single line, a speaker label follows the end of a sentence.
const INLINE = new RegExp(`(?<=[.!?…])\\s+(${NAMES})\\s*:\\s*`, "gi");

function speakerOf(label: string): Speaker {
  return AI_NAMES.includes(label.toLowerCase()) ? "ai" : "contact";
}

function paragraphs(text: string): TranscriptPart[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ speaker: null, text: p }));
}

export function parseTranscript(transcript: string | null | undefined): TranscriptPart[] {
  let text = transcript?.replace(/\r\n?/g, "\n").trim() ?? "";
  if (!text) return [];
  if (!text.includes("\n") && AT_LINE_START.test(text)) text = text.replace(INLINE, "\n$1: ");
  const lines = text.split("\n");
  if (!lines.some((line) => AT_LINE_START.test(line))) return paragraphs(text);
  const parts: TranscriptPart[] = [];
  for (const line of lines) {
    const match = AT_LINE_START.exec(line);
    const last = parts.at(-1);
    if (match) {
      const label = match[1] ?? "";
      parts.push({ speaker: speakerOf(label), label, text: line.slice(match[0].length).trim() });
    } else if (line.trim() && last) {
      last.text = last.text ? `${last.text}\n${line.trim()}` : line.trim();
    } else if (line.trim()) {
      parts.push({ speaker: null, text: line.trim() });
    }
  }
  return parts;
}
