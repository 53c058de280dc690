import { describe, expect, it } from "vitest";
import { CsvRowEnds } from "./csv-row-ends";

// What COPY (FORMAT csv, HEADER) writes: rows ending in LF, line breaks and quotes inside quoted cells.
const COPY_OUTPUT = 'id,summary,n\n1,"say ""hi"",\nthen leave",3\n2,plain,\n3,"a\r\nb ""\n""",\n4,"",x\n';
const EXPECTED = 'id,summary,n\r\n1,"say ""hi"",\nthen leave",3\r\n2,plain,\r\n3,"a\r\nb ""\n""",\r\n4,"",x\r\n';

function run(chunks: string[]) {
  const ends = new CsvRowEnds();
  const out = chunks.map((chunk) => ends.transform(Buffer.from(chunk, "utf8")).toString("utf8")).join("");
  return { out, rows: ends.rows, cut: ends.cutRowEnd() };
}

describe("CsvRowEnds", () => {
  it("ends rows with CRLF and keeps line breaks inside quoted cells", () => {
    expect(run([COPY_OUTPUT])).toEqual({ out: EXPECTED, rows: 5, cut: "" });
  });

  it("gives the same bytes and row count however the stream is cut into chunks", () => {
    for (let a = 0; a <= COPY_OUTPUT.length; a++) {
      for (let b = a; b <= COPY_OUTPUT.length; b += 3) {
        const { out, rows } = run([COPY_OUTPUT.slice(0, a), COPY_OUTPUT.slice(a, b), COPY_OUTPUT.slice(b)]);
        expect({ out, rows, a, b }).toEqual({ out: EXPECTED, rows: 5, a, b });
      }
    }
  });

  it("counts only complete rows, and closes a row cut inside or outside a quoted cell", () => {
    expect(run(['id,summary\n1,"half a'])).toMatchObject({ rows: 1, cut: '"\r\n' });
    expect(run(["id,summary\n1,plain"])).toMatchObject({ rows: 1, cut: "\r\n" });
    expect(run(['id,summary\n1,"quoted""', '"'])).toMatchObject({ rows: 1, cut: "\r\n" });
  });

  it("passes multi-byte characters through untouched", () => {
    expect(run(['a,"ü\n€"\n', "😀,x\n"]).out).toBe('a,"ü\n€"\r\n😀,x\r\n');
  });
});
