// A Prisma.Sql rendered as one self-contained statement, its values inlined as SQL literals, for
// the statements that take no bind parameters (COPY). PostgreSQL quotes the literals itself:
// `format()` with `%L` (quote_nullable) over values sent as bind parameters, so no value ever
// reaches the SQL text without the server's own quoting, whatever it holds.
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The format() template of `sql`: each value a positional `%n$L`, any `%` of the text doubled. */
export function formatTemplate(sql: Prisma.Sql): string {
  return sql.strings.reduce((text, part, index) => `${text}${index > 0 ? `%${index}$L` : ""}${part.replaceAll("%", "%%")}`, "");
}

type Value = string | number | boolean | Date | null | undefined | readonly Value[];

const isValue = (value: unknown): value is Value =>
  value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value) || value instanceof Date || (Array.isArray(value) && value.every(isValue));

/** An array literal (`{"a","b"}`), as node-postgres writes one: its elements quoted, `"` and `\\` escaped. */
function arrayLiteral(values: readonly Value[]): string {
  const element = (value: Value): string => {
    if (value === null || value === undefined) return "NULL";
    if (Array.isArray(value)) return arrayLiteral(value);
    return `"${String(textOf(value)).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(",")}}`;
}

function textOf(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("An invalid date cannot be inlined into SQL");
    return value.toISOString();
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`${value} cannot be inlined into SQL`);
  if (Array.isArray(value)) return arrayLiteral(value);
  return String(value);
}

/** Each value as text (arrays as array literals, dates in ISO 8601 UTC), or null; the server quotes it. */
export function valuesAsText(sql: Prisma.Sql): (string | null)[] {
  return sql.values.map((value) => {
    if (!isValue(value)) throw new TypeError(`A ${typeof value} value cannot be inlined into SQL`);
    return textOf(value);
  });
}

/** `sql` with its values inlined, quoted by the server the query runs on (one round trip). */
export async function inlineSql(client: pg.ClientBase, sql: Prisma.Sql): Promise<string> {
  if (sql.values.length === 0) return sql.strings.join("");
  const { rows } = await client.query<{ sql: string }>("SELECT format($1, VARIADIC $2::text[]) AS sql", [formatTemplate(sql), valuesAsText(sql)]);
  const text = rows[0]?.sql;
  if (typeof text !== "string") throw new Error("format() returned no SQL text");
  return text;
}
