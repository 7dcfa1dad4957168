import type { Column, Row } from '@minga/data';
import { fold } from './fold.js';
import { plainValue } from './values.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in Excel or LibreOffice (OWASP "CSV injection"): a value that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so it is
 * shown as text and never run as a formula. Numbers are written as numbers and need nothing.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A field quoted when it holds a quote, `,`, `;`, a tab, a line break or the chosen delimiter:
 * whatever the delimiter, since Excel in an es-EC locale opens a double-clicked `.csv` with
 * `;` as its list separator, where an unquoted `a;=1+1` would become a cell starting `=`.
 */
function csvField(text: string, delimiter: string): string {
  return /[",;\t\r\n]/.test(text) || text.includes(delimiter)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Field delimiter (default `,`). */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark so Excel reads accents right (default true). */
  bom?: boolean;
}

/**
 * CSV of the given rows (in the given order) and columns: a header of labels, then plain
 * values (numbers with a dot, ISO dates), CRLF line ends, formula-injection safe.
 */
export function toCsv(
  columns: readonly Column[],
  rows: readonly Row[],
  order: ArrayLike<number>,
  { delimiter = ',', bom = true }: CsvOptions = {},
): string {
  const lines: string[] = [
    columns.map((c) => csvField(neutralizeFormula(c.label), delimiter)).join(delimiter),
  ];
  for (let k = 0; k < order.length; k++) {
    const row = rows[order[k]!]!;
    lines.push(
      columns
        .map((column) => {
          const cell = row[column.index];
          const text = plainValue(cell ?? null, column);
          return csvField(typeof cell === 'string' ? neutralizeFormula(text) : text, delimiter);
        })
        .join(delimiter),
    );
  }
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

/** JSON of the given rows: an array of objects keyed by column key, plain values. */
export function toJson(
  columns: readonly Column[],
  rows: readonly Row[],
  order: ArrayLike<number>,
): string {
  const records: Array<Record<string, string | number | boolean | null>> = [];
  for (let k = 0; k < order.length; k++) {
    const row = rows[order[k]!]!;
    const record: Record<string, string | number | boolean | null> = {};
    for (const column of columns) {
      const cell = row[column.index] ?? null;
      record[column.key] =
        cell instanceof Date
          ? plainValue(cell, column)
          : (cell as string | number | boolean | null);
    }
    records.push(record);
  }
  return JSON.stringify(records, null, 2);
}

/** The rows of a view as the text of a download: CSV (with `delimiter`) or JSON. */
export function exportView(
  kind: 'csv' | 'json',
  columns: readonly Column[],
  rows: readonly Row[],
  order: ArrayLike<number>,
  delimiter: string,
): string {
  return kind === 'csv' ? toCsv(columns, rows, order, { delimiter }) : toJson(columns, rows, order);
}

/**
 * Makes the browser save `text` as a file named after `title`, without accents or punctuation
 * ("Contratos 2025" → contratos-2025.csv; "datos" when nothing is left). The link that starts
 * the download lives for a moment in `root` (the element's shadow root).
 */
export function saveFile(root: Node, text: string, kind: 'csv' | 'json', title: string): void {
  const url = URL.createObjectURL(
    new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }),
  );
  const name =
    fold(title)
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'datos';
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.${kind}`;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
