// JSON of any shape cut to a size a page can show: at most `depth` levels (deeper values become a
// placeholder, so a value nested 3,000 deep never recurses 3,000 times), `entries` keys or items
// in all, and strings of `text` characters. Pure.

export type JsonBounds = { depth: number; entries: number; text: number };
export const METADATA_BOUNDS: JsonBounds = { depth: 8, entries: 200, text: 500 };

export const cutText = (value: string, max: number) => (value.length > max ? `${value.slice(0, max)}…` : value);

/** The bounded copy, and whether anything was left out. */
export function boundJson(value: unknown, bounds: JsonBounds = METADATA_BOUNDS): { value: unknown; cut: boolean } {
  let budget = bounds.entries;
  let cut = false;
  const walk = (node: unknown, level: number): unknown => {
    if (typeof node === "string") {
      if (node.length > bounds.text) cut = true;
      return cutText(node, bounds.text);
    }
    if (node === null || typeof node !== "object") return node;
    if (level >= bounds.depth) {
      cut = true;
      return Array.isArray(node) ? "[… nested deeper]" : "{… nested deeper}";
    }
    const entries = Array.isArray(node) ? node.map((item, i): [string, unknown] => [String(i), item]) : Object.entries(node);
    const kept: [string, unknown][] = [];
    for (const [key, inner] of entries) {
      if (budget <= 0) {
        cut = true;
        break;
      }
      budget--;
      kept.push([cutText(key, bounds.text), walk(inner, level + 1)]);
    }
    return Array.isArray(node) ? kept.map(([, inner]) => inner) : Object.fromEntries(kept);
  };
  return { value: walk(value, 0), cut };
}
