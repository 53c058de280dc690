// A note's plain text cut into text and links: only http(s) addresses become links, and the parts
// are rendered as React text (escaped), so a note can never inject markup. Pure and safe in the browser.
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence more often than an address: "see https://x.test/a." links /a.
const TRAILING = /[.,;:!?'")\]}]+$/;

function asLink(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function linkify(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === "text") last.text += text;
    else parts.push({ kind: "text", text });
  };
  for (const match of body.matchAll(CANDIDATE)) {
    let candidate = match[0];
    // Keep a closing bracket that belongs to the address: https://en.wikipedia.org/wiki/Foo_(bar)
    const trailing = candidate.match(TRAILING)?.[0] ?? "";
    candidate = candidate.slice(0, candidate.length - trailing.length);
    const opened = (candidate.match(/\(/g) ?? []).length - (candidate.match(/\)/g) ?? []).length;
    let rest = trailing;
    if (opened > 0 && rest.startsWith(")")) {
      candidate += ")";
      rest = rest.slice(1);
    }
    push(body.slice(at, match.index));
    const href = asLink(candidate);
    if (href) parts.push({ kind: "link", text: candidate, href });
    else push(candidate);
    push(rest);
    at = match.index + match[0].length;
  }
  push(body.slice(at));
  return parts;
}
