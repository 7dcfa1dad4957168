/**
 * Splits CSV text into rows of cells, chunk by chunk, the way Excel and LibreOffice read
 * hand-edited files, so that a quote in the wrong place never swallows rows:
 * - a quote opens a quoted cell only at the start of a cell; elsewhere it is text
 *   (`Av. "La Loma" 12` stays as written);
 * - `""` inside a quoted cell is one quote; text after the closing quote stays in the cell
 *   (`"clic")` → `clic)`);
 * - a quoted cell that would run to the end of the file, over more than {@link MAX_QUOTED_LINES}
 *   lines, or that spans lines and has text after its closing quote, is read again with that
 *   quote taken as text, and the line is reported (`unclosed`);
 * - a quoted cell over several lines is kept, and its line is reported (`multiline`): a line
 *   break inside quotes cannot be told from a row that a misplaced quote swallowed (the rest
 *   of one row and the start of the next can hold any number of delimiters), so every such
 *   cell is named and nothing disappears silently.
 * Line endings: `\r\n`, `\n` and `\r`, mixed. DOM-free.
 */

/** Quoted cells over more lines than this are read as text. */
export const MAX_QUOTED_LINES = 100;
/** Quoted cells longer than this (characters) are read as text. */
export const MAX_QUOTED_CHARS = 1_000_000;

/** What the tokenizer noticed, by physical line of the file (from 1). */
export interface QuoteNotes {
  /** Lines of opening quotes that were never closed (or ran too far): read as text. */
  unclosed: number[];
  /** Lines of quoted cells over several lines (each may hold rows). */
  multiline: number[];
}

const INCOMPLETE = null;

interface RowResult {
  cells: string[];
  /** Index just after the row (and its line break) in the buffer. */
  end: number;
  /** Line breaks inside quoted cells of the row. */
  breaks: number;
  multiline: number[];
  /** Whether a cell of the row was quoted. */
  quoted: boolean;
}

function countBreaks(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** The streaming CSV tokenizer: `push` text, get the complete rows. */
export class CsvTokenizer {
  readonly #delimiter: string;
  #buffer = '';
  /** Absolute offset of the buffer's start in the whole text. */
  #offset = 0;
  /** Line (from 1) where the buffer starts. */
  #line = 1;
  /** Absolute offsets of quotes read as text. */
  readonly #literal = new Set<number>();
  readonly notes: QuoteNotes = { unclosed: [], multiline: [] };
  /** Rows with a quoted cell: `"",""` is a row of empty values, not a blank line. */
  readonly quoted = new WeakSet<string[]>();

  constructor(delimiter: string) {
    this.#delimiter = delimiter || ',';
  }

  /**
   * Adds text and returns the rows completed so far; `final` ends the input (the last row
   * needs no line break). `maxRows` stops early (the rest stays buffered).
   */
  push(text: string, final: boolean, maxRows = Infinity): string[][] {
    const s = this.#buffer === '' ? text : this.#buffer + text;
    const rows: string[][] = [];
    let i = 0;
    while (i < s.length && rows.length < maxRows) {
      const row = this.#row(s, i, final);
      if (row === INCOMPLETE) break;
      rows.push(row.cells);
      if (row.quoted) this.quoted.add(row.cells);
      for (const line of row.multiline) this.notes.multiline.push(line);
      this.#line += 1 + row.breaks;
      i = row.end;
    }
    this.#buffer = s.slice(i);
    this.#offset += i;
    if (final && rows.length < maxRows) {
      this.#buffer = '';
      this.#literal.clear();
    }
    return rows;
  }

  /** Reads one row starting at `start`; `null` when more text is needed. */
  #row(s: string, start: number, final: boolean): RowResult | typeof INCOMPLETE {
    const d = this.#delimiter;
    const d0 = d.charCodeAt(0);
    for (;;) {
      const cells: string[] = [];
      const multiline: number[] = [];
      let breaks = 0;
      let quoted = false;
      let i = start;
      let retry = false;
      // Next line break positions, recomputed only when passed.
      let lf = -2;
      let cr = -2;
      const nextBreak = (from: number): number => {
        if (lf !== -1 && lf < from) lf = s.indexOf('\n', from);
        if (cr !== -1 && cr < from) cr = s.indexOf('\r', from);
        if (lf === -1) return cr === -1 ? s.length : cr;
        return cr === -1 ? lf : Math.min(lf, cr);
      };
      const nextDelimiter = (from: number): number => {
        const at = s.indexOf(d, from);
        return at === -1 ? s.length : at;
      };
      for (;;) {
        let value: string;
        let fieldEnd: number;
        if (s.charCodeAt(i) === 34 && !this.#literal.has(this.#offset + i)) {
          // A quoted cell: find its closing quote.
          const line = this.#line + breaks;
          let j = i + 1;
          let parts = '';
          let close = -1;
          let open = false;
          for (;;) {
            const q = s.indexOf('"', j);
            if (q === -1) {
              open = true;
              break;
            }
            if (q + 1 === s.length && !final) return INCOMPLETE;
            parts += s.slice(j, q);
            if (s.charCodeAt(q + 1) === 34) {
              parts += '"';
              j = q + 2;
              continue;
            }
            close = q;
            break;
          }
          const spanEnd = open ? s.length : close;
          const inner = countBreaks(s, i + 1, spanEnd);
          const tooFar = inner > MAX_QUOTED_LINES || spanEnd - i > MAX_QUOTED_CHARS;
          if (open && !tooFar && !final) return INCOMPLETE;
          if (open || tooFar) {
            this.#literal.add(this.#offset + i);
            this.notes.unclosed.push(line);
            retry = true;
            break;
          }
          quoted = true;
          // After the closing quote: up to the next delimiter or line break.
          const k = close + 1;
          fieldEnd = Math.min(nextDelimiter(k), nextBreak(k));
          if (fieldEnd === s.length && !final) return INCOMPLETE;
          const tail = s.slice(k, fieldEnd);
          if (tail.trim() !== '') {
            if (inner > 0) {
              // Text after a quote that closed lines later: the quote opened nothing.
              this.#literal.add(this.#offset + i);
              this.notes.unclosed.push(line);
              retry = true;
              break;
            }
            value = parts + tail;
          } else value = parts;
          if (inner > 0) {
            breaks += inner;
            multiline.push(line);
          }
        } else {
          fieldEnd = Math.min(nextDelimiter(i), nextBreak(i));
          if (fieldEnd === s.length && !final) return INCOMPLETE;
          value = s.slice(i, fieldEnd);
        }
        cells.push(value);
        if (fieldEnd >= s.length) return { cells, end: s.length, breaks, multiline, quoted };
        if (s.charCodeAt(fieldEnd) === d0 && s.startsWith(d, fieldEnd)) {
          i = fieldEnd + d.length;
          continue;
        }
        // A line break ends the row.
        if (s.charCodeAt(fieldEnd) === 13) {
          if (fieldEnd + 1 === s.length && !final) return INCOMPLETE;
          const end = s.charCodeAt(fieldEnd + 1) === 10 ? fieldEnd + 2 : fieldEnd + 1;
          return { cells, end, breaks, multiline, quoted };
        }
        return { cells, end: fieldEnd + 1, breaks, multiline, quoted };
      }
      if (!retry) return INCOMPLETE;
    }
  }
}
