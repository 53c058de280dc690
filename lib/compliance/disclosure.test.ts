import { describe, expect, it } from "vitest";
import { parseTranscript } from "@/lib/calls/transcript";
import { DEFAULT_DISCLOSURE_PHRASES } from "@/lib/env";
import { findDisclosure } from "./disclosure";

const phrases = DEFAULT_DISCLOSURE_PHRASES;

describe("findDisclosure", () => {
  it("finds the phrase in an AI turn, with where it is", () => {
    const transcript = [
      "AI: Hello, this is an assistant calling for Crescent Bank. Am I speaking with Maria Garcia?",
      "Customer: Yes.",
      "AI: Thank you. This is an attempt to collect a debt, and any information obtained will be used for that purpose.",
      "Customer: Okay.",
    ].join("\n");
    const result = findDisclosure(transcript, phrases, 4);
    expect(result).toMatchObject({ found: true, match: { turn: 2, phrase: "attempt to collect a debt" } });
    if (!result?.found) throw new Error("expected a match");
    const turn = parseTranscript(transcript)[result.match.turn]!;
    expect(turn.text.slice(result.match.start, result.match.end)).toBe("attempt to collect a debt");
  });

  it("ignores case, punctuation and spacing between the words", () => {
    const result = findDisclosure("AI: THIS IS A DEBT-COLLECTOR,\ncalling you.\nCustomer: hm", phrases, 4);
    expect(result).toMatchObject({ found: true, match: { turn: 0, phrase: "this is a debt collector" } });
  });

  it("does not count the phrase when only the customer says it", () => {
    const transcript = "AI: Hello, am I speaking with James?\nCustomer: Are you a debt collector?\nAI: I'm calling about your account.\nCustomer: Fine.";
    expect(findDisclosure(transcript, phrases, 4)).toEqual({ found: false, searchedTurns: 2 });
  });

  it("searches only the first N turns", () => {
    const transcript = "AI: Hello.\nCustomer: Hi.\nAI: About your account.\nCustomer: Yes?\nAI: This is a debt collector.";
    expect(findDisclosure(transcript, phrases, 4)).toEqual({ found: false, searchedTurns: 2 });
    expect(findDisclosure(transcript, phrases, 5)).toMatchObject({ found: true, match: { turn: 4 } });
  });

  it("matches whole words only", () => {
    expect(findDisclosure("AI: We are not debt collectors.\nCustomer: ok", ["debt collector"], 4)).toEqual({ found: false, searchedTurns: 1 });
  });

  it("has nothing to search without AI turns", () => {
    expect(findDisclosure("", phrases, 4)).toBeNull();
    expect(findDisclosure("Customer: hello?", phrases, 4)).toBeNull();
    expect(findDisclosure("A transcript with no speakers that says debt collector.", phrases, 4)).toBeNull();
  });
});
