// What the list's Summary column says about a call. The summary when there is one; without it, the
// AI's reasoning for the outcome, then the customer's first words. Never the transcript's opening:
// that is the AI's greeting, the same on every call ("Hello, this is an automated assistant...").
// Pure and safe in the browser.
import { parseTranscript } from "./transcript";

export type SnippetSource = "summary" | "reasoning" | "customer" | "match";
export type ListSnippet = { source: Exclude<SnippetSource, "match">; text: string };

/** Long enough for two lines of the widest column; the cell clamps it. */
export const SNIPPET_CHARS = 240;

function cut(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS - 1).trimEnd()}…` : flat;
}

/** The first turn of the customer (any speaker that is not the AI) with words in it. */
export function firstCustomerTurn(transcript: string | null | undefined): string | null {
  const turn = parseTranscript(transcript).find((part) => part.speaker === "contact" && part.text.trim());
  return turn ? turn.text : null;
}

export function listSnippet(texts: { summary: string | null; reasoning: string | null; transcript: string | null }): ListSnippet | null {
  if (texts.summary?.trim()) return { source: "summary", text: cut(texts.summary) };
  if (texts.reasoning?.trim()) return { source: "reasoning", text: cut(texts.reasoning) };
  const customer = firstCustomerTurn(texts.transcript);
  return customer ? { source: "customer", text: cut(customer) } : null;
}
