// CSV as Excel and every spreadsheet read it (RFC 4180), safe to open: a cell that a spreadsheet
// would run as a formula (=, +, -, @, and tab or carriage return before them) is prefixed with `'`.

/** Makes Excel read the file as UTF-8 instead of the system's code page. */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | Date | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
