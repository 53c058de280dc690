// COPY ... (FORMAT csv) ends each row with LF; RFC 4180 (and Excel, and the export before COPY)
// ends them with CRLF. This rewrites the row ends of the byte stream and counts the rows, keeping
// the line breaks inside quoted cells as they are. It only looks for `"` and LF (native indexOf),
// so it costs a fraction of what building the CSV in JavaScript did, and works on any chunking.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvRowEnds {
  private quoted = false;
  private counted = 0;
  private atRowStart = true;

  /** Rows whose end has passed through (a header row included). */
  get rows(): number {
    return this.counted;
  }

  /** What closes a row cut off midway (its quoted cell too), so that a line after it is a row of its own. */
  cutRowEnd(): string {
    if (this.atRowStart) return "";
    return this.quoted ? '"\r\n' : "\r\n";
  }

  /** The chunk with CRLF for every row-ending LF. */
  transform(chunk: Buffer): Buffer {
    const ends: number[] = [];
    let nextQuote = chunk.indexOf(QUOTE, 0);
    let nextLf = chunk.indexOf(LF, 0);
    for (;;) {
      if (this.quoted) {
        // Inside a quoted cell only a quote matters (`""` closes and reopens it).
        if (nextQuote < 0) break;
        this.quoted = false;
        const at = nextQuote + 1;
        nextQuote = chunk.indexOf(QUOTE, at);
        if (nextLf >= 0 && nextLf < at) nextLf = chunk.indexOf(LF, at);
      } else if (nextLf >= 0 && (nextQuote < 0 || nextLf < nextQuote)) {
        ends.push(nextLf);
        nextLf = chunk.indexOf(LF, nextLf + 1);
      } else if (nextQuote >= 0) {
        this.quoted = true;
        nextQuote = chunk.indexOf(QUOTE, nextQuote + 1);
      } else break;
    }
    this.counted += ends.length;
    if (chunk.length) this.atRowStart = chunk[chunk.length - 1] === LF && ends.at(-1) === chunk.length - 1;
    if (ends.length === 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + ends.length);
    let from = 0;
    let to = 0;
    for (const end of ends) {
      to += chunk.copy(out, to, from, end);
      out[to++] = CR;
      out[to++] = LF;
      from = end + 1;
    }
    chunk.copy(out, to, from);
    return out;
  }
}
