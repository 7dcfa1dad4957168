/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), `,` between
 * cells, CRLF between rows, RFC 4180 quoting, and a guard against formula injection: a text
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
 * A cell holding `,`, `;`, a tab or a line break is quoted whatever the delimiter: Excel in
 * an es-EC locale opens a double-clicked `.csv` with `;` as its list separator, and an
 * unquoted `a;=1+1` would become a new cell starting with `=`.
 */

/** One cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text (quoted when needed, formula-guarded when it is text). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV document with the UTF-8 BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
