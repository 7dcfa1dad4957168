/** Synchronous CSV parsing of a string, with localized warnings (main thread or Node). */
import { parseCsvText } from './csv.js';
import type { CsvOptions } from './csv.js';
import { EngineError } from './csv.js';
import { DataError } from './errors.js';
import type { DataErrorCode } from './errors.js';
import { columnLabelTemplate, localizeWarnings } from './messages.js';
import type { LoadedTable } from './types.js';

/**
 * Parses CSV text at once (no worker, no streaming): for small strings and for Node.
 * Same options and result as `loadTable` on text.
 */
export function parseCsv(
  text: string,
  options: Omit<CsvOptions, 'firstBatch' | 'batchSize'> & { lang?: string } = {},
): LoadedTable {
  const { lang, ...rest } = options;
  try {
    const { columns, rows, summary } = parseCsvText(text, {
      columnLabel: columnLabelTemplate(lang),
      ...rest,
    });
    return {
      columns,
      rows,
      meta: {
        format: 'csv',
        encoding: null,
        delimiter: summary.delimiter,
        decimal: summary.decimal,
        headerRow: summary.headerRow,
        skippedLines: summary.skippedLines,
        rowCount: rows.length,
        warnings: localizeWarnings(summary.warnings, lang),
        source: 'text',
        bytes: 0,
      },
    };
  } catch (error) {
    if (error instanceof EngineError)
      throw new DataError(error.code as DataErrorCode, { lang, details: error.details });
    throw error;
  }
}
