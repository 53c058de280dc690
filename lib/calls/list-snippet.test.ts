import { describe, expect, it } from "vitest";
import { firstCustomerTurn, listSnippet, SNIPPET_CHARS } from "./list-snippet";

const greeting = "AI: Hello, this is an automated assistant calling on behalf of Crescent Bank. Am I speaking with Maria Patel?";

describe("listSnippet", () => {
  it("prefers the summary, then the reasoning", () => {
    const transcript = `${greeting}\nCustomer: Yes.`;
    expect(listSnippet({ summary: "Promised to pay on Friday.", reasoning: "The customer agreed.", transcript })).toEqual({ source: "summary", text: "Promised to pay on Friday." });
    expect(listSnippet({ summary: "  ", reasoning: "The customer agreed to pay\n on Friday.", transcript })).toEqual({ source: "reasoning", text: "The customer agreed to pay on Friday." });
  });

  it("without either, shows the customer's first words, never the AI's greeting", () => {
    const transcript = `${greeting}\nAI: Hello?\nCustomer: Who is this? I already paid last week.\nAI: Thank you.`;
    const snippet = listSnippet({ summary: null, reasoning: null, transcript });
    expect(snippet).toEqual({ source: "customer", text: "Who is this? I already paid last week." });
    expect(snippet?.text).not.toMatch(/automated assistant/);
  });

  it("reads other speaker names and one-line transcripts", () => {
    expect(firstCustomerTurn("Agent: Good morning. Caller: Not now, please.")).toBe("Not now, please.");
    expect(firstCustomerTurn("assistant: Hi!\nuser: \nuser: Call me tomorrow")).toBe("Call me tomorrow");
  });

  it("shows nothing rather than the greeting when the customer never speaks or no speaker is named", () => {
    expect(listSnippet({ summary: null, reasoning: null, transcript: greeting })).toBeNull();
    expect(listSnippet({ summary: null, reasoning: null, transcript: "Hello, this is an automated assistant." })).toBeNull();
    expect(listSnippet({ summary: null, reasoning: null, transcript: null })).toBeNull();
  });

  it("cuts long texts to two lines' worth", () => {
    const snippet = listSnippet({ summary: "word ".repeat(200), reasoning: null, transcript: null });
    expect(snippet!.text.length).toBeLessThanOrEqual(SNIPPET_CHARS);
    expect(snippet!.text.endsWith("…")).toBe(true);
  });
});
