// Records the SQL a piece of code sends through `pg` (Prisma's driver adapter uses it too), so the
// benchmark can EXPLAIN exactly what ran, without a second copy of any query.
import pg from "pg";

export type Statement = { text: string; values: unknown[] };

let recording: Statement[] | null = null;
const original = pg.Client.prototype.query;

type QueryArgs = Parameters<typeof original>;

pg.Client.prototype.query = function (this: pg.Client, ...args: QueryArgs) {
  const [first, second] = args as unknown[];
  if (recording) {
    if (typeof first === "string") recording.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === "object" && "text" in first && typeof first.text === "string") {
      const values = "values" in first && Array.isArray(first.values) ? first.values : [];
      recording.push({ text: first.text, values });
    }
  }
  return original.apply(this, args);
} as typeof original;

/** Runs `work` and returns the SELECT statements it sent. */
export async function captureStatements(work: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  recording = statements;
  try {
    await work();
  } finally {
    recording = null;
  }
  return statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
}
