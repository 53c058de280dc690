import { describe, expect, it } from "vitest";
import { parseTranscript } from "./transcript";

describe("parseTranscript", () => {
  it("reads speaker turns by their prefixes, whatever the vendor calls them", () => {
    const parts = parseTranscript("AI: Hello.\nCustomer: Hi.\nAgent: One\nmore line.\nUser: ok\nAssistant: bye\nContact: bye");
    expect(parts).toEqual([
      { speaker: "ai", label: "AI", text: "Hello." },
      { speaker: "contact", label: "Customer", text: "Hi." },
      { speaker: "ai", label: "Agent", text: "One\nmore line." },
      { speaker: "contact", label: "User", text: "ok" },
      { speaker: "ai", label: "Assistant", text: "bye" },
      { speaker: "contact", label: "Contact", text: "bye" },
    ]);
  });

  it("keeps text before the first speaker as a paragraph", () => {
    expect(parseTranscript("[call connected]\nAI: Hello.")).toEqual([
      { speaker: null, text: "[call connected]" },
      { speaker: "ai", label: "AI", text: "Hello." },
    ]);
  });

  it("splits a transcript sent on one line", () => {
    expect(parseTranscript("AI: Hello, is this Maria? Customer: Yes. What is it about? AI: Your account.")).toEqual([
      { speaker: "ai", label: "AI", text: "Hello, is this Maria?" },
      { speaker: "contact", label: "Customer", text: "Yes. What is it about?" },
      { speaker: "ai", label: "AI", text: "Your account." },
    ]);
  });

  it("falls back to paragraphs without speakers, and to nothing for an empty transcript", () => {
    expect(parseTranscript("First part.\n\nSecond part. The user: said so.")).toEqual([
      { speaker: null, text: "First part." },
      { speaker: null, text: "Second part. The user: said so." },
    ]);
    expect(parseTranscript("  ")).toEqual([]);
    expect(parseTranscript(null)).toEqual([]);
  });
});
