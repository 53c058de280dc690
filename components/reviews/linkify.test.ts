import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("links http(s) addresses and leaves the rest as text", () => {
    expect(linkify("Ticket at https://crm.example.com/t/42?x=1, see also http://wiki.test/a.")).toEqual([
      { kind: "text", text: "Ticket at " },
      { kind: "link", text: "https://crm.example.com/t/42?x=1", href: "https://crm.example.com/t/42?x=1" },
      { kind: "text", text: ", see also " },
      { kind: "link", text: "http://wiki.test/a", href: "http://wiki.test/a" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a closing bracket that belongs to the address, not one that closes the sentence", () => {
    expect(linkify("(https://en.wikipedia.org/wiki/Foo_(bar))").filter((p) => p.kind === "link").map((p) => p.text)).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
    expect(linkify("(see https://a.test/x)")).toEqual([
      { kind: "text", text: "(see " },
      { kind: "link", text: "https://a.test/x", href: "https://a.test/x" },
      { kind: "text", text: ")" },
    ]);
  });

  it("never links other schemes, and keeps markup as plain text", () => {
    const body = 'javascript:alert(1) data:text/html,<b>x</b> <a href="https://evil.test">x</a> ftp://files.test';
    const parts = linkify(body);
    expect(parts.map((p) => p.text).join("")).toBe(body);
    // The markup stays text (React escapes it); only the http(s) address inside it is a link.
    expect(parts.filter((p) => p.kind === "link").map((p) => p.kind === "link" && p.href)).toEqual(["https://evil.test/"]);
  });

  it("keeps text that only looks like an address unlinked", () => {
    expect(linkify("https://")).toEqual([{ kind: "text", text: "https://" }]);
    expect(linkify("plain text")).toEqual([{ kind: "text", text: "plain text" }]);
    expect(linkify("")).toEqual([]);
  });
});
