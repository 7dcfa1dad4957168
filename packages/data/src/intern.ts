/**
 * Shares one string object among equal cell values of a column. Rows that come from a worker
 * (structured clone) or a parser hold a separate copy of every repeated value: a supplier
 * named in 12,000 contracts is 12,000 strings. Interning keeps one, which cuts the memory of
 * typical open data (names, parishes, states, categories) by a third or more. A column whose
 * values turn out to be mostly distinct (codes, IDs) stops being interned, so it costs little.
 */
export class Interner {
  readonly #columns: Array<Map<string, string> | null> = [];
  readonly #seen: number[] = [];

  /** Replaces the repeated strings of `rows` in place. */
  internRows(rows: unknown[][]): void {
    for (const row of rows) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== 'string') continue;
        let map = this.#columns[c];
        if (map === null) continue;
        if (map === undefined) {
          map = new Map();
          this.#columns[c] = map;
          this.#seen[c] = 0;
        }
        const shared = map.get(cell);
        if (shared !== undefined) row[c] = shared;
        else map.set(cell, cell);
        const seen = ++this.#seen[c]!;
        // After 5,000 values, a column with more than half of them distinct is not worth it.
        if (seen === 5000 && map.size > 2500) this.#columns[c] = null;
      }
    }
  }
}
